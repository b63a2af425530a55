
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cites.communes': `Towns:`,
'cites.count.many': str`${0} cités éducatives`,
'cites.count.none': `No cité éducative`,
'cites.count.one': `1 cité éducative`,
'cites.empty.clear': `Clear the search and filters`,
'cites.empty.data': `No cité éducative to show yet.`,
'cites.empty.filters': `No cité éducative matches these filters.`,
'cites.empty.search': str`No cité éducative matches “${0}”.`,
'cites.filter.all-departements': `All départements`,
'cites.filter.all-statuses': `All statuses`,
'cites.filter.departement': `Département`,
'cites.filter.labellisees': `Labelled`,
'cites.filter.status': `Status`,
'cites.hint.departement': str`Attribute departement: unknown code “${0}”. Possible codes: ${1}.`,
'cites.hint.group-by': str`Attribute group-by: unknown value “${0}”. Possible values: departement, none.`,
'cites.hint.layout': str`Attribute layout: unknown value “${0}”. Possible values: list, grid.`,
'cites.hint.status': str`Attribute status: unknown value “${0}”. Possible values: ${1}.`,
'cites.link.site': `Website of the cité`,
'cites.more': str`Show more (${0} left)`,
'cites.search.label': `Search for a cité or a town`,
'cites.status.en-labellisation': `Labelling in progress`,
'cites.status.labellisee': `Labelled`,
'cites.status.labellisee-year': str`Labelled in ${0}`,
'console.invalid-items': str`${0} invalid item(s) left out in ${1}`,
'departement.unknown': str`Département ${0}`,
'error.config': `No data source: give its address in the src attribute.`,
'error.http': str`The data source answered with an error (${0}). Try again in a moment.`,
'error.http.not-found': str`The data source was not found (error ${0}). Check the address given in the src attribute.`,
'error.network': `The data source cannot be reached. Check the connection, then try again.`,
'error.parse': `The data received cannot be read (incomplete or malformed file).`,
'error.parse.html': `The source sent a web page instead of data. Check the address given in the src attribute.`,
'error.render': `This content could not be displayed.`,
'error.schema': `The data received is not in the expected format.`,
'error.timeout': `The data source is not answering (timed out). Try again in a moment.`,
'range.days.many': str`${0} – ${1}`,
'range.days.two': str`${0} and ${1}`,
'range.open-ended': str`${0} from ${1}`,
'range.timed.days': str`${0} – ${1}`,
'state.loading': `Loading…`,
'state.retry': `Try again`,
    };
  