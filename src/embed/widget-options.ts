// The options of each widget, read from the Custom Elements Manifest (custom-elements.json, built by `cem analyze` from
// the elements' JSDoc): the one model behind the embed-code builder and the CKEditor 5 plugin, never a second list.

/** The part of custom-elements.json this model reads. */
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: { name: string; type?: { text: string }; default?: string; description?: string }[];
}

/** How an option is set: a text field, a URL, a whole number, a switch, or one value of a closed list. */
export type FieldKind = 'text' | 'url' | 'number' | 'boolean' | 'enum';

export interface WidgetField {
  /** The element's attribute (`heading-level`); a mount point writes it `data-heading-level`. */
  attribute: string;
  kind: FieldKind;
  /** The values of an `enum` field, as the manifest types them (`'list' | 'grid'`). */
  values: string[];
  /** The element's default, as an attribute value (`list`, `2`); empty when it has none. */
  defaultValue: string;
  description: string;
}

export interface WidgetModel {
  /** `irev-news-feed` */
  tag: string;
  /** `news-feed`: the name a mount point gives (`data-irev-widget="news-feed"`). */
  name: string;
  summary: string;
  fields: WidgetField[];
}

/** What someone chose for one widget: an attribute's value, or `true` for a switch that is on. */
export type WidgetValues = Record<string, string | boolean>;

/** Attribute names this model hands on: lower-case words joined by hyphens, nothing that could break a tag. */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** `'list' | 'grid'`, with `''` allowed among the values (an unset filter). */
const STRING_UNION = /^'[^']*'(\s*\|\s*'[^']*')+$/;

function kindOf(name: string, type: string): { kind: FieldKind; values: string[] } {
  const text = type.replace(/\s*\|\s*undefined\b/g, '').trim();
  if (STRING_UNION.test(text)) {
    const values = text.split('|').map((value) => value.trim().slice(1, -1));
    return { kind: 'enum', values: values.filter((value) => value !== '') };
  }
  if (text === 'boolean') return { kind: 'boolean', values: [] };
  if (text === 'number') return { kind: 'number', values: [] };
  if (name === 'src' || name.endsWith('-src') || name.endsWith('-href')) return { kind: 'url', values: [] };
  return { kind: 'text', values: [] };
}

/** A manifest default (`'list'`, `2`, `false`, `undefined`) as the attribute value it stands for. */
function defaultOf(text: string | undefined): string {
  if (!text || text === 'undefined' || text === 'false' || text === "''") return '';
  const quoted = /^(['"`])(.*)\1$/.exec(text);
  return quoted ? quoted[2] : text;
}

/** Every widget of the manifest with its documented attributes, in the manifest's order; `src` first. */
export function widgetModels(manifest: Manifest): WidgetModel[] {
  const models: WidgetModel[] = [];
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    const tag = declaration.tagName;
    if (!tag?.startsWith('irev-') || !ATTRIBUTE_NAME.test(tag)) continue;
    const fields = (declaration.attributes ?? [])
      .filter((attribute) => ATTRIBUTE_NAME.test(attribute.name))
      .map((attribute) => ({
        attribute: attribute.name,
        ...kindOf(attribute.name, attribute.type?.text ?? 'string'),
        defaultValue: defaultOf(attribute.default),
        description: attribute.description ?? '',
      }))
      .sort((a, b) => Number(b.attribute === 'src') - Number(a.attribute === 'src'));
    const summary = (declaration.summary ?? declaration.description ?? '').replace(/\s+/g, ' ').trim();
    models.push({ tag, name: tag.slice('irev-'.length), summary, fields });
  }
  return models;
}

/**
 * The attributes worth writing, in the model's order: documented ones only, switches that are on, and values that are
 * neither empty nor the default. An enum value outside its list is left out, as the element would ignore it.
 */
export function chosenAttributes(model: WidgetModel, values: WidgetValues): [string, string | true][] {
  const chosen: [string, string | true][] = [];
  for (const field of model.fields) {
    const value = values[field.attribute];
    if (field.kind === 'boolean') {
      if (value === true || value === '') chosen.push([field.attribute, true]);
      continue;
    }
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (text === '' || text === field.defaultValue) continue;
    if (field.kind === 'enum' && !field.values.includes(text)) continue;
    chosen.push([field.attribute, text]);
  }
  return chosen;
}
