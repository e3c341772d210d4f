/** How long we have worked together, as whole years and the months left over. */
export function splitTenure(tenureMonths: number): { years: number; months: number } {
  const whole = Math.max(0, Math.floor(tenureMonths));
  return { years: Math.floor(whole / 12), months: whole % 12 };
}
