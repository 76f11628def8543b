/** Moves focus to the first field marked invalid, once React has marked it, so the user lands on what to fix. */
export function focusFirstInvalid(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
