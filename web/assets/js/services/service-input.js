// The forms' Database and Cache selects (service-fields.js) as the core's "services"
// ({"database": "neon"}) and back. A select is named after the component it replaces
// ("database_service"), so the mapping needs no list of its own and the page's first load
// carries only these few lines.
const SUFFIX = '_service';

// The form's values -> "services", or undefined when every select is the catalogue's ('').
export function servicesInput(values) {
  const out = {};
  for (const [name, value] of Object.entries(values))
    if (name.endsWith(SUFFIX) && value !== '') out[name.slice(0, -SUFFIX.length)] = value;
  return Object.keys(out).length > 0 ? out : undefined;
}

// An input's "services" -> the selects' values.
export function serviceValues(services) {
  return Object.fromEntries(Object.entries(services ?? {}).map(([component, name]) => [component + SUFFIX, name]));
}

// The select that holds an error the core reported for "services.database", or null.
export function serviceFieldFor(path) {
  return path.startsWith('services.') ? path.slice('services.'.length) + SUFFIX : null;
}
