/**
 * The name a letter greets: owners often record a client as "Person (Business)", and "Hello Dana
 * Whitfield (Whitfield Realty)," reads like a form, not a letter. The person's name alone, or the
 * whole name when it is a business's with no person in it.
 */
export function greetingName(name: string): string {
  const whole = name.trim();
  // "Dana Whitfield (Whitfield Realty)": the part before a trailing bracket is the person.
  const person = /^(.+?)\s*\([^()]*\)$/.exec(whole)?.[1]?.trim();
  return person || whole;
}
