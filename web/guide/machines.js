// The machines of one month of a timeline, in words: "load balancer, 2 × t3.small, db.t3.medium".
const MACHINE_ROLES = ['load_balancer', 'app', 'database', 'cache'];

export function machines(month) {
  return month.components
    .filter((c) => MACHINE_ROLES.includes(c.role))
    .sort((a, b) => MACHINE_ROLES.indexOf(a.role) - MACHINE_ROLES.indexOf(b.role))
    .map((c) => (c.role === 'load_balancer' ? 'load balancer' : c.count > 1 ? `${c.count} × ${c.type}` : c.type))
    .join(', ');
}

// The monthly cost of the machines alone, leaving out storage and traffic.
export function machineCents(month) {
  return month.components.filter((c) => MACHINE_ROLES.includes(c.role)).reduce((sum, c) => sum + c.cost_cents, 0);
}

export function component(month, role) {
  return month.components.find((c) => c.role === role) ?? null;
}
