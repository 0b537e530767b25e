// Reading a menu template as main hands it to Menu.buildFromTemplate.
export interface MenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  submenu?: MenuItem[];
  click?: () => void;
}

export function findItem(items: readonly MenuItem[], label: string): MenuItem {
  const item = items.find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no menu item "${label}" among ${items.map((candidate) => candidate.label ?? candidate.role ?? '—').join(', ')}`);
  return item;
}

export function submenuOf(items: readonly MenuItem[], label: string): MenuItem[] {
  return findItem(items, label).submenu ?? [];
}
