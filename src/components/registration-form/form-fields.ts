import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { compareDepartements, departementLabel } from '../../core/departements.js';
import type { Cite } from '../../schemas/cite.js';
import { ROLES, type Role } from '../../schemas/registration.js';
import type { Field, FieldErrors } from './form-validation.js';

/** What the field templates need from the form: the answers, their errors, and where changes go. */
export interface FieldContext {
  answers: Record<string, string | string[] | undefined>;
  errors: FieldErrors;
  onInput: (field: Field, value: string) => void;
  onLeave: (field: Field) => void;
}

/** `f-first-name`: the id of a field's control in the shadow root, where the summary's links lead. */
export const controlId = (field: Field) => `f-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function roleLabel(role: Role): string {
  return {
    coordination: msg('Coordonnateur·rice de cité éducative', { id: 'form.role.coordination' }),
    'troika-prefecture': msg('Membre de troïka — préfecture', { id: 'form.role.troika-prefecture' }),
    'troika-education': msg('Membre de troïka — Éducation nationale', { id: 'form.role.troika-education' }),
    'troika-collectivite': msg('Membre de troïka — collectivité', { id: 'form.role.troika-collectivite' }),
    'chef-projet': msg('Chef·fe de projet', { id: 'form.role.chef-projet' }),
    elu: msg('Élu·e', { id: 'form.role.elu' }),
    partenaire: msg('Partenaire', { id: 'form.role.partenaire' }),
    autre: msg('Autre', { id: 'form.role.autre' }),
  }[role];
}

const requiredMark = html`<span class="required" aria-hidden="true">*</span>`;

/** The hint and error of a field, and the ids its control is described by. */
function described(field: Field, context: FieldContext, hint?: string) {
  const error = context.errors[field];
  const id = controlId(field);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const notes = html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
  ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`;
  return { id, ids: ids || undefined, invalid: error ? 'true' : undefined, notes };
}

const value = (context: FieldContext, field: Field) => {
  const answer = context.answers[field];
  return typeof answer === 'string' ? answer : '';
};

interface TextOptions {
  label: string;
  type?: 'text' | 'email';
  autocomplete?: string;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
}

/** A labelled text input or textarea, with its hint and error. */
export function textField(field: Field, context: FieldContext, options: TextOptions): TemplateResult {
  const { id, ids, invalid, notes } = described(field, context, options.hint);
  const input = (event: Event) => context.onInput(field, (event.target as HTMLInputElement).value);
  const leave = () => context.onLeave(field);
  const control = options.multiline
    ? html`<textarea
        id=${id}
        name=${field}
        rows="3"
        aria-describedby=${ids ?? nothing}
        aria-invalid=${invalid ?? nothing}
        .value=${live(value(context, field))}
        @input=${input}
        @blur=${leave}
      ></textarea>`
    : html`<input
        id=${id}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? nothing}
        ?required=${options.required}
        aria-describedby=${ids ?? nothing}
        aria-invalid=${invalid ?? nothing}
        spellcheck=${options.type === 'email' ? 'false' : nothing}
        .value=${live(value(context, field))}
        @input=${input}
        @blur=${leave}
      />`;
  return html`<div class="field" part="field">
    <label for=${id}>${options.label}${options.required ? requiredMark : nothing}</label>
    ${notes}${control}
  </div>`;
}

interface SelectOptions {
  label: string;
  hint?: string;
  options: TemplateResult;
  /** The field's purpose for autofill (RGAA 11.13), as for text fields. */
  autocomplete?: string;
}

export function selectField(field: Field, context: FieldContext, { label, hint, options, autocomplete }: SelectOptions): TemplateResult {
  const { id, ids, invalid, notes } = described(field, context, hint);
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    ${notes}
    <select
      id=${id}
      name=${field}
      autocomplete=${autocomplete ?? nothing}
      aria-describedby=${ids ?? nothing}
      aria-invalid=${invalid ?? nothing}
      .value=${live(value(context, field))}
      @change=${(event: Event) => context.onInput(field, (event.target as HTMLSelectElement).value)}
      @blur=${() => context.onLeave(field)}
    >
      ${options}
    </select>
  </div>`;
}

export const roleOptions = (selected: string) =>
  html`<option value="" ?selected=${selected === ''}>${msg('Non précisée', { id: 'form.role.none' })}</option>
    ${ROLES.map((role) => html`<option value=${role} ?selected=${selected === role}>${roleLabel(role)}</option>`)}`;

/** The cités grouped by département (by code), each group by name, then « Autre ou aucune ». */
export function citeOptions(cites: readonly Cite[], selected: string, lang: string): TemplateResult {
  const groups = new Map<string, Cite[]>();
  for (const cite of cites) groups.set(cite.departement, [...(groups.get(cite.departement) ?? []), cite]);
  const codes = [...groups.keys()].sort(compareDepartements);
  const collator = new Intl.Collator(lang);
  return html`<option value="" ?selected=${selected === ''}>${msg('Non précisée', { id: 'form.cite.none' })}</option>
    ${codes.map(
      (code) =>
        html`<optgroup label=${departementLabel(code)}>
          ${groups
            .get(code)!
            .sort((a, b) => collator.compare(a.name, b.name))
            .map((cite) => html`<option value=${cite.id} ?selected=${selected === cite.id}>${cite.name}</option>`)}
        </optgroup>`,
    )}
    <option value="autre" ?selected=${selected === 'autre'}>${msg('Autre ou aucune', { id: 'form.cite.other' })}</option>`;
}

export interface Choice {
  value: string;
  label: unknown;
}

/** A group of radio buttons or checkboxes in a fieldset, its legend naming it. */
export function choiceField(
  field: Field,
  context: FieldContext,
  options: {
    legend: string;
    choices: readonly Choice[];
    multiple?: boolean;
    required?: boolean;
    hint?: string;
    onChange: (value: string, on: boolean) => void;
  },
): TemplateResult {
  const { id, ids, invalid, notes } = described(field, context, options.hint);
  const answer = context.answers[field];
  const chosen = (choice: string) => (Array.isArray(answer) ? answer.includes(choice) : answer === choice);
  const type = options.multiple ? 'checkbox' : 'radio';
  return html`<fieldset class="field choices" part="field" aria-describedby=${ids ?? nothing} ?data-invalid=${!!invalid}>
    <legend>${options.legend}${options.required ? requiredMark : nothing}</legend>
    ${notes}
    ${options.choices.map(
      (choice, index) =>
        html`<div class="choice">
          <input
            type=${type}
            id="${id}-${index}"
            name=${field}
            value=${choice.value}
            .checked=${live(chosen(choice.value))}
            ?required=${options.required && !options.multiple}
            aria-invalid=${invalid ?? nothing}
            @change=${(event: Event) => options.onChange(choice.value, (event.target as HTMLInputElement).checked)}
            @blur=${() => context.onLeave(field)}
          />
          <label for="${id}-${index}">${choice.label}</label>
        </div>`,
    )}
  </fieldset>`;
}
