// Accessible tabs (WAI-ARIA pattern): one tab stop for the list, arrow keys move between tabs,
// each tab shows its panel. The panels stay in the DOM so their state survives switching.
// onSelect(panelId) runs when the user picks a tab (to refresh what that panel shows).
export function setupTabs(list, onSelect = () => {}) {
  const tabs = [...list.querySelectorAll('[role=tab]')];
  const select = (tab, focus) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
    if (focus) tab.focus();
  };
  const pick = (tab, focus) => {
    select(tab, focus);
    onSelect(tab.getAttribute('aria-controls'));
  };
  for (const [i, tab] of tabs.entries()) {
    tab.addEventListener('click', () => pick(tab, false));
    tab.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (step) { e.preventDefault(); pick(tabs[(i + step + tabs.length) % tabs.length], true); }
      if (e.key === 'Home') { e.preventDefault(); pick(tabs[0], true); }
      if (e.key === 'End') { e.preventDefault(); pick(tabs[tabs.length - 1], true); }
    });
  }
  select(tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') || tabs[0], false);
}
