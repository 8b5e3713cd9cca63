import { expect, test, type Page } from '@playwright/test';
import {
  badge,
  bodyRows,
  count,
  detail,
  disposeRouted,
  heading,
  mergeInto,
  openById,
  openFocusedRow,
  openId,
  rejectWith,
  searchFor,
  signedIn,
  tabTo,
  verifyAs,
  views,
} from './shift-helpers.ts';

// Issue 3's full shift against the web host seeded with the 5,000 demo complaints (seed 1, so the same
// texts, order and ages on any date; see electron/core/demo/generate.ts). Other specs change a few of the newest items first, so the
// moderator finds work by words from the demo phrase banks rather than by position.

/** Grievances to verify and dispose: words that pick one category's phrases, and where it routes. */
const BATCHES = [
  { words: 'lubang', category: { id: 'jalan-rusak', label: 'Jalan rusak' }, dinasId: 'pupr' },
  { words: 'diangkut', category: { id: 'sampah', label: 'Sampah dan kebersihan' }, dinasId: 'dlh' },
] as const;
const PER_BATCH = 10;

/** Noise to reject: a word only its phrase bank uses, the reason's label, and the moderator's note. */
const REJECTS = [
  { words: 'isinya', reason: { id: 'hujatan', label: 'Hujatan/kasar' }, note: 'Makian tanpa keluhan.' },
  { words: 'sebarkan', reason: { id: 'hoaks', label: 'Hoaks' }, note: 'Pesan berantai, tanpa sumber resmi.' },
  {
    words: 'usut tuntas',
    reason: { id: 'fitnah', label: 'Serangan tidak adil/fitnah' },
    note: 'Tuduhan kepada pejabat bernama.',
  },
] as const;

/** A duplicate cluster among the new items: six citizens reporting one flooded street. */
const CLUSTER_WORDS = 'banjir kesenian';

/** Finds the batch's items, then j, Enter, v, d down the list. Returns the ids of the items disposed. */
async function verifyAndDisposeBatch(page: Page, batch: (typeof BATCHES)[number]): Promise<string[]> {
  const caseNos = await searchFor(page, batch.words);
  expect(caseNos.length).toBeGreaterThanOrEqual(PER_BATCH);
  const ids: string[] = [];
  for (const [i, caseNo] of caseNos.slice(0, PER_BATCH).entries()) {
    if (i > 0) await page.keyboard.press('j');
    await expect(bodyRows(page).nth(i)).toBeFocused();
    await openFocusedRow(page, caseNo);
    await verifyAs(page, batch.category);
    await disposeRouted(page, batch.dinasId);
    ids.push(openId(page));
    await expect(bodyRows(page).nth(i)).toContainText('Didisposisikan');
  }
  return ids;
}

test('a full shift: the desk sifts by keyboard, a dinas answers, the supervisor follows up', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  /** What the moderator leaves for the others: items disposed to Dinas PUPR and to DLH, by id. */
  const disposed: Record<(typeof BATCHES)[number]['dinasId'], string[]> = { pupr: [], dlh: [] };

  await test.step('moderator, keyboard only: verify and dispose 20, reject 3, merge a duplicate', async () => {
    const page = await signedIn(browser, 'moderator');
    await tabTo(page, 'Belum diverifikasi');
    await page.keyboard.press('Enter');
    await expect(views(page).getByRole('button', { name: 'Belum diverifikasi' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    for (const batch of BATCHES) disposed[batch.dinasId] = await verifyAndDisposeBatch(page, batch);
    expect(disposed.pupr).toHaveLength(PER_BATCH);
    expect(disposed.dlh).toHaveLength(PER_BATCH);

    for (const { words, reason, note } of REJECTS) {
      const [first] = await searchFor(page, words);
      await openFocusedRow(page, first ?? '');
      await expect(detail(page).getByRole('region', { name: 'Isi pengaduan' })).toContainText(
        new RegExp(words, 'i'),
      );
      await rejectWith(page, reason, note);
      const facts = detail(page).getByRole('definition');
      await expect(facts.filter({ hasText: reason.label })).toHaveCount(1);
      await expect(detail(page).getByRole('region', { name: 'Riwayat' })).toContainText(note);
    }

    // The newest report of the cluster is merged into the oldest, the master.
    const cluster = await searchFor(page, CLUSTER_WORDS);
    expect(cluster.length).toBeGreaterThanOrEqual(2);
    const [newest] = cluster;
    const master = cluster.at(-1) ?? '';
    await openFocusedRow(page, newest ?? '');
    await mergeInto(page, master);
    await expect(bodyRows(page).first()).toContainText('Duplikat');
    for (let i = 1; i < cluster.length; i++) await page.keyboard.press('j');
    await expect(bodyRows(page).last()).toBeFocused();
    await openFocusedRow(page, master);
    await expect(detail(page).getByRole('region', { name: 'Pelapor yang digabungkan' })).toContainText(
      newest ?? '',
    );
    await page.context().close();
  });

  const answered = disposed.pupr[0] ?? '';
  await test.step('Dinas PUPR liaison: only PUPR items; a response recorded; a DLH item not found', async () => {
    const page = await signedIn(browser, 'penghubung.pupr');
    await expect(count(page)).toHaveText(/^\d[\d.]* pengaduan$/);
    const everything = (await count(page).textContent()) ?? '';
    // Another dinas's view is empty for them; their own dinas's view holds everything they see.
    await views(page).getByRole('button', { name: 'DLH', exact: true }).click();
    await expect(count(page)).toHaveText('0 pengaduan');
    await views(page).getByRole('button', { name: 'Dinas PUPR', exact: true }).click();
    await expect(count(page)).toHaveText(everything);

    await openById(page, answered);
    await expect(badge(page, 'Didisposisikan')).toBeVisible();
    const actions = detail(page).getByRole('group', { name: 'Tindakan' });
    await actions.getByRole('button', { name: 'Diproses', exact: true }).click();
    await expect(badge(page, 'Diproses')).toBeVisible();
    await actions.getByRole('button', { name: 'Tindak lanjut', exact: true }).click();
    const form = detail(page).getByRole('form', { name: 'Catat tindak lanjut' });
    await form.getByLabel('Isi tindak lanjut').fill('Lubang jalan sudah ditambal oleh tim UPTD PUPR.');
    await form.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await expect(badge(page, 'Ditindaklanjuti')).toBeVisible();
    await expect(detail(page).getByRole('region', { name: 'Tindak lanjut' })).toContainText(
      'sudah ditambal oleh tim UPTD PUPR',
    );

    await openById(page, disposed.dlh[0] ?? '');
    await expect(detail(page).getByRole('alert')).toContainText('Pengaduan tidak ditemukan.');
    await page.context().close();
  });

  await test.step('supervisor: the queue, an overdue item, and the answered item’s timeline', async () => {
    const page = await signedIn(browser, 'supervisor');
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Antrean' }).click();
    const perDinas = page.getByRole('table', { name: 'Per dinas' });
    const pupr = perDinas.getByRole('row', { name: /Dinas PUPR/ });
    await expect(pupr.getByRole('button', { name: /^Dinas PUPR: terbuka: \d+ pengaduan$/ })).toBeVisible();
    const overdue = pupr.getByRole('button', { name: /^Dinas PUPR: terlambat: \d+ pengaduan$/ });
    const late = Number((await overdue.textContent())?.replace(/\D/g, ''));
    expect(late).toBeGreaterThan(0);

    await overdue.click();
    await expect(views(page).getByRole('button', { name: 'Dinas PUPR: terlambat' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(count(page)).toHaveText(`${late.toLocaleString('id-ID')} pengaduan`);
    const first = bodyRows(page).first();
    await expect(first).toContainText('terlambat');
    await first.click();
    await expect(heading(page)).toHaveText((await first.getByRole('gridcell').nth(1).textContent()) ?? '');
    await expect(detail(page).getByRole('definition').filter({ hasText: 'terlambat' })).not.toHaveCount(0);

    // The item the moderator disposed and the liaison answered: every step, in order, with who.
    await openById(page, answered);
    await expect(badge(page, 'Ditindaklanjuti')).toBeVisible();
    // Top-level items only: each event lists the fields it changed in a nested list.
    const timeline = detail(page).getByRole('region', { name: 'Riwayat' }).locator('ol > li');
    await expect(timeline).toHaveText([
      /^Verifikasi.*moderator ·/,
      /^Disposisi.*moderator ·/,
      /^Diterima dinas.*penghubung\.pupr ·/,
      /^Tindak lanjut.*penghubung\.pupr ·/,
    ]);
    await page.context().close();
  });
});
