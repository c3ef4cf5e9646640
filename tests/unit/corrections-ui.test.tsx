import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Card } from '../../components/Card';
import { CorrectionsView } from '../../components/CorrectionsView';
import { addMuted, addNotThis, NO_CORRECTIONS, type Corrections } from '../../lib/corrections';
import type { EntitySummary } from '../../lib/protocol';

let root: HTMLElement;
const mount = (node: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
};
const listed = () => vi.waitFor(() => expect(root.querySelectorAll('li').length).toBeGreaterThan(0));
afterEach(() => {
  render(null, root);
  root.remove();
});

const summary: EntitySummary = {
  id: 'harry-kane', kind: 'player', name: 'Harry Kane', asOf: '2026-02-05', rumourCount: 0, latestRumours: [],
  player: { id: 'harry-kane', name: 'Harry Kane', clubId: null },
};

test('the card offers "Not this person" and "Mute this name" for the name the page wrote', async () => {
  const onCorrect = vi.fn();
  mount(<Card summary={summary} today="2026-12-01" onFullRecord={vi.fn()} onClose={vi.fn()} onCorrect={onCorrect} mentionText="Kane" />);
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.card__correct button')];
  expect(buttons.map((b) => b.textContent)).toEqual(['Not this person', 'Mute this name']);
  expect(root.querySelector('.card__correct')!.textContent).toContain('Wrong match for “Kane”?');
  buttons[0]?.click();
  buttons[1]?.click();
  expect(onCorrect.mock.calls).toEqual([['not-this'], ['mute']]);
});

test('without a way to store corrections the card offers none', () => {
  mount(<Card summary={summary} today="2026-12-01" onFullRecord={vi.fn()} onClose={vi.fn()} />);
  expect(root.querySelector('.card__correct')).toBeNull();
});

test('options list each correction with Undo, which saves the list without it', async () => {
  let stored: Corrections = addMuted(addNotThis(NO_CORRECTIONS, { site: 'example.com', form: 'Kane', entityId: 'harry-kane', label: { form: 'Kane', name: 'Harry Kane' } }), 'Real');
  const save = vi.fn(async (c: Corrections) => void (stored = c));
  mount(<CorrectionsView api={{ load: async () => stored, save }} />);
  await listed();
  const items = () => [...root.querySelectorAll('li')].map((li) => li.textContent);
  expect(items()).toEqual(['“Kane” is not Harry Kane on example.com Undo', '“Real”, everywhere Undo']);
  await act(() => root.querySelector<HTMLButtonElement>('ul[aria-label="Muted names"] button')!.click());
  expect(stored.muted).toEqual([]);
  expect(stored.notThis).toHaveLength(1);
  expect(items()).toEqual(['“Kane” is not Harry Kane on example.com Undo']);
  await act(() => root.querySelector<HTMLButtonElement>('li button')!.click());
  expect(stored).toEqual(NO_CORRECTIONS);
  expect(root.textContent).toContain('No corrections yet.');
});

test('an undo the browser refuses puts the entry back and says why', async () => {
  const stored = addMuted(NO_CORRECTIONS, 'Real');
  mount(<CorrectionsView api={{ load: async () => stored, save: async () => Promise.reject(new Error('quota')) }} />);
  await listed();
  await act(() => root.querySelector<HTMLButtonElement>('li button')!.click());
  await vi.waitFor(() => expect(root.querySelector('[role=alert]')).not.toBeNull());
  expect(root.querySelector('[role=alert]')!.textContent).toBe('The change was not saved: quota');
  expect(root.querySelectorAll('li')).toHaveLength(1);
});
