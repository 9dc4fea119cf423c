/**
 * Labels of editable facts and of their enum values, in the user's language (the present catalog's
 * `present.field.<path>` and `present.value.<group>.<value>` keys), falling back to the raw path/value.
 */
import '@/lib/i18n/en-ui';
import { hasMessage, t, type Locale } from '@/lib/i18n/core';
import { fieldFor, type CaseFactField } from '@/lib/profile/fields';

export function factLabel(path: string, locale: Locale): string {
  const key = fieldFor(path)?.labelKey ?? `present.field.${path}`;
  return hasMessage(key) ? t(locale, key) : path;
}

export function optionLabel(field: CaseFactField, value: string, locale: Locale): string {
  const key = field.valueLabelPrefix ? `${field.valueLabelPrefix}.${value}` : '';
  return key && hasMessage(key) ? t(locale, key) : value;
}
