// The line above a page's form that speaks about the link it was opened with: "opening…"
// as a status, a link that cannot be read as an alert. Text only: nothing from a link is
// ever parsed as markup (and the core's messages never quote the link anyway).
export function linkNotice(element) {
  let current = null;
  return {
    show(text, role) {
      current?.remove();
      current = document.createElement('p');
      current.className = `rs-link-notice rs-link-notice-${role}`;
      current.setAttribute('role', role);
      current.textContent = text;
      element.before(current);
    },
    hide() {
      current?.remove();
      current = null;
    },
  };
}
