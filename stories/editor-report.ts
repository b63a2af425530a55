// What the library tells the site editor about a story's data, shown under the story: items left out are reported only
// in the console (reportInvalid) and counted in `irev-load`, so a designer would otherwise see « Invalid items » as « Ready ».

/** Every console report of the library since the page opened: a report goes out once per source, maybe before a story mounts. */
const reports: string[] = [];
const consoleWarn = console.warn.bind(console);
console.warn = (...data: unknown[]) => {
  if (typeof data[0] === 'string' && data[0].startsWith('irev-widgets')) reports.push(data[0]);
  consoleWarn(...data);
};

/** Shown after the story's widget: the count of items left out and the console's report naming each one. */
export class EditorReport extends HTMLElement {
  private readonly onLoad = (event: Event) => {
    const { invalid, shown } = (event as CustomEvent<{ invalid: number; shown: number }>).detail;
    const widget = event.target as Element;
    const src = widget.getAttribute('src') ?? '';
    const lines = reports.filter((report) => src && report.includes(src));
    this.replaceChildren(
      Object.assign(document.createElement('p'), {
        textContent: `Note for the site editor: ${invalid} item(s) left out as invalid, ${shown} shown (irev-load). The console says which and why:`,
      }),
      Object.assign(document.createElement('pre'), { textContent: lines.join('\n') || '(reported earlier on this page)' }),
    );
  };

  private listened: Element | null = null;

  connectedCallback(): void {
    this.setAttribute('role', 'note');
    this.listened = this.parentElement;
    this.listened?.addEventListener('irev-load', this.onLoad);
  }

  disconnectedCallback(): void {
    this.listened?.removeEventListener('irev-load', this.onLoad);
  }
}
if (!customElements.get('story-editor-report')) customElements.define('story-editor-report', EditorReport);
