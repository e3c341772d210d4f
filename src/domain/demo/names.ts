/**
 * Made-up names for the demo business, a one-person repair and maintenance contractor. Any likeness
 * to a real business is chance; the email addresses use the reserved `.example` domain.
 */
export const clientNames = [
  'Northside Dental',
  'Maple Street Bakery',
  'Harbour View Café',
  'Greta Olsen',
  'Bolt Garage',
  'Riverside Yoga Studio',
  'The Copper Kettle',
  'Ahmed & Sons Grocers',
  'Lindqvist Architects',
  'Sunny Days Nursery',
  'Tomás Rivera',
  'Oakwood Vets',
  'Pemberton Lettings',
  'Ivy Lane Florist',
  'Chen Family',
  'Hilltop Bed & Breakfast',
  'Blue Door Books',
  'Marta Kowalczyk',
  'Fernhill Physio',
  'The Old Post Office Pub',
  'Patel Pharmacy',
  'Wren Hair Studio',
  'Morgan & Price Solicitors',
  'Eastgate Community Hall',
  'Olu Adeyemi',
  'Saffron Kitchen',
  'Brightwater Opticians',
  'Quayside Bike Repairs',
  'Helen Fairweather',
  'Kingfisher Guest House',
  'Dunmore Accountancy',
  'Little Acorns Playgroup',
  'Rosa Bianchi',
  'The Mill Gallery',
  'Station Road Laundrette',
  'Ingrid Nyberg',
  'Cobble Lane Deli',
  'Westfield Tennis Club',
  'Nakamura Household',
  'Greenleaf Garden Centre',
  'Penny Farthing Tearoom',
  'Baxter Estate Agents',
  'Sofia Lindgren',
  'Orchard Surgery',
  'Moorland Motors',
  'Jonas Weber',
  'Castle Street Tailors',
  'Silver Birch Care Home',
  'Ellis Print Shop',
  'Amara Okafor',
  'Foxglove Pottery',
  'Meadowbank School PTA',
  'Duarte Barbershop',
  'Lakeside Rowing Club',
] as const;

/** Clients who are people at home rather than businesses: their email is their own. */
export const households: ReadonlySet<string> = new Set([
  'Greta Olsen',
  'Tomás Rivera',
  'Chen Family',
  'Marta Kowalczyk',
  'Olu Adeyemi',
  'Helen Fairweather',
  'Rosa Bianchi',
  'Ingrid Nyberg',
  'Nakamura Household',
  'Sofia Lindgren',
  'Jonas Weber',
  'Amara Okafor',
]);

export const subcontractorNames = [
  'Kowalski Electrical',
  'Bright Spark Plumbing',
  'Dean & Sons Roofing',
] as const;

export const jobTitles = [
  'Fix the leaking roof',
  'Repaint the front office',
  'Replace the kitchen tap',
  'Annual boiler service',
  'Fit new shelving',
  'Replace broken window pane',
  'Rewire the back room',
  'Unblock the drains',
  'Hang two new doors',
  'Tile the bathroom floor',
  'Repair the garden fence',
  'Install outdoor lighting',
  'Clear and fix the gutters',
  'Plaster the hallway ceiling',
  'Replace the shop sign',
  'Service the heating system',
  'Build a storage cupboard',
  'Fix the sticking back door',
  'Seal the shower surround',
  'Lay new laminate floor',
  'Replace the toilet cistern',
  'Paint the exterior railings',
  'Fit a new worktop',
  'Repair the damp patch',
] as const;

export const streets = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Mill Road',
  'Harbour Road',
  'Park Avenue',
  'Queen Street',
  'Victoria Road',
  'Orchard Way',
  'Bridge Street',
] as const;

/** An address-safe slug for a made-up email address. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
