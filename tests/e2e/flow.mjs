// Steps a person takes through the questions, shared by the browser tests.
export const RED_FLAGS = [
  'saddle_numbness', 'urinary_problem', 'bowel_control_loss', 'sexual_dysfunction', 'both_legs',
  'worsening_weakness', 'fever_unwell', 'infection_risk', 'cancer_history', 'weight_loss', 'recent_trauma',
  'severe_rest_pain', 'chest_pain',
].map((f) => `red_flags.${f}`);

/** Waits for the app itself (the page first shows a static copy of the start screen). */
export async function ready(page) {
  await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 30_000 });
}

export async function heading(page) {
  await ready(page);
  await page.locator('#screen-heading').waitFor();
  return page.locator('#screen-heading').innerText();
}

/** Clicks "next" and waits for the next screen's heading to take focus. */
export async function next(page) {
  const before = await page.evaluate(() => location.hash);
  await page.click('#next-button');
  await page.waitForFunction((b) => location.hash !== b && document.activeElement?.id === 'screen-heading', before);
}

export async function answerRedFlags(page, answers = {}) {
  for (const name of RED_FLAGS) {
    const value = answers[name.split('.')[1]] ?? 'no';
    await page.check(`input[name="${name}"][value="${value}"]`);
  }
}

/** From the start screen through the red flags (each "no" unless given) to the next screen. */
export async function pastRedFlags(page, answers = {}) {
  await page.click('#start-button');
  await heading(page);
  await answerRedFlags(page, answers);
  await next(page);
}

/** The after-surgery path with the accident section, from the start screen to the results. */
/** The after-surgery path with the accident section, to the results (every section opened unless `openAll` is false). */
export async function afterSurgeryWithAccident(page, shoot = async () => {}, { openAll = true } = {}) {
  await page.click('#start-button');
  await heading(page);
  await answerRedFlags(page);
  await shoot('red-flags');
  await next(page);
  await page.check('input[name="history.surgery"][value="discectomy_microscopic"]');
  await page.fill('#history-since_onset-amount', '14');
  await page.fill('#history-since_surgery-amount', '8');
  await page.check('input[name="history.relief_then_return"][value="yes"]');
  await page.check('input[name="history.wound_problem"][value="no"]');
  await page.check('input[name="history.tried.medication"]');
  await page.check('input[name="history.tried.physiotherapy"]');
  await shoot('history');
  await next(page);
  await page.check('input[name="symptoms.areas.buttock"]');
  await page.check('input[name="symptoms.areas.one_leg"]');
  await page.check('input[name="symptoms.kinds.pain"]');
  await page.check('input[name="symptoms.kinds.numbness"]');
  await page.check('input[name="symptoms.pain"][value="6"]');
  await page.check('input[name="symptoms.numbness"][value="5"]');
  await page.check('input[name="symptoms.course"][value="same"]');
  await page.check('input[name="symptoms.worse_with.sitting_long"]');
  await shoot('symptoms');
  await next(page);
  await page.check('input[name="body_use.long_sitting"][value="yes"]');
  await page.check('input[name="lifestyle.smoking"][value="yes"]');
  await shoot('body');
  await next(page);
  await page.check('.include input');
  await page.check('input[name="accident.after_accident"][value="yes"]');
  await page.check('input[name="accident.saw_doctor_soon"][value="yes"]');
  await page.fill('#accident-treatment_months', '7');
  await page.check('input[name="accident.visit_regularity"][value="regular"]');
  await page.check('input[name="accident.imaging_done"][value="yes"]');
  await page.check('input[name="accident.imaging_matches"][value="not_sure"]');
  await shoot('accident');
  await next(page);
  await page.check('input[name="values.avoid_surgery"][value="4"]');
  await page.check('input[name="values.fewest_risks"][value="3"]');
  await shoot('values');
  await next(page);
  if (openAll) await openAllParts(page);
}

/** On the results, opens every folded section ("open all" below the index). */
export async function openAllParts(page) {
  await page.click('#open-all');
  await page.locator('.options-section .option-card').first().waitFor({ state: 'attached' });
}
