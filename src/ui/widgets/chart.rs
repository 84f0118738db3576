//! The diary's chart: the three scores over time as inline SVG, weeks on the axis, and the
//! three-month mark from the day the pain or numbness began. No chart library: a
//! few lines of arithmetic. Each score has its own line pattern and marker as well as its
//! colour, so it reads in print, in greyscale and in high-contrast modes; the same figures
//! follow as a table for screen readers.

use yew::prelude::*;

use crate::content::{Lang, M};
use crate::core::diary::{three_month_mark, Date, Diary, Score, MAX_DIARY_SCORE};

// The drawing's own units: at 320 px wide, one unit is one pixel.
const WIDTH: i64 = 320;
const HEIGHT: i64 = 200;
const LEFT: i64 = 28;
const RIGHT: i64 = 12;
const TOP: i64 = 18;
const BOTTOM: i64 = 44;

/// The days the chart spans: from the first entry (or the start day, if earlier) to the last
/// entry (or the three-month mark, if later), at least a week.
fn span(diary: &Diary, start: Option<Date>) -> Option<(i64, i64)> {
    let dates = diary.entries.iter().filter_map(|e| e.date).map(Date::days);
    let marks = start.into_iter().flat_map(|s| [s.days(), three_month_mark(s).days()]);
    let all: Vec<i64> = dates.chain(marks).collect();
    let (first, last) = (*all.iter().min()?, *all.iter().max()?);
    Some((first, last.max(first + 7)))
}

/// A score's short name, as the legend, the table and the entries list show it.
pub fn score_name(score: Score) -> M {
    match score {
        Score::LegPain => M::DiaryScoreLegPain,
        Score::BackPain => M::DiaryScoreBackPain,
        Score::Numbness => M::DiaryScoreNumbness,
    }
}

/// A marker at (x, y): a circle, a square or a triangle, one per score.
fn marker(score: Score, x: i64, y: i64) -> Html {
    match score {
        Score::LegPain => html! { <circle cx={x.to_string()} cy={y.to_string()} r="3.5" /> },
        Score::BackPain => html! { <rect x={(x - 3).to_string()} y={(y - 3).to_string()} width="6" height="6" /> },
        Score::Numbness => html! { <path d={format!("M{x} {} L{} {} L{} {} Z", y - 4, x + 4, y + 3, x - 4, y + 3)} /> },
    }
}

/// The legend's sample of a score's line, with its marker.
fn sample(score: Score) -> Html {
    html! {
        <svg class={classes!("chart-sample", score.as_str().to_string())} viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" />
            { marker(score, 14, 5) }
        </svg>
    }
}

pub fn diary_chart(lang: Lang, diary: &Diary, start: Option<Date>) -> Html {
    let Some((first, last)) = span(diary, start) else { return html! {} };
    let first_day = Date::from_days(first);
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let x = |day: i64| LEFT + (day - first) * plot_width / (last - first);
    let y = |score: u8| TOP + (i64::from(MAX_DIARY_SCORE) - i64::from(score)) * plot_height / i64::from(MAX_DIARY_SCORE);
    let weeks = (last - first) / 7;
    // A tick every week, or every 2, 4 or 8 when the span is long: at most about 8 labels.
    let every = [1, 2, 4, 8, 13, 26].into_iter().find(|n| weeks / n <= 8).unwrap_or(52);
    let bottom = TOP + plot_height;
    html! {
        <figure class="diary-chart">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="diary-chart-label" focusable="false">
                <title id="diary-chart-label">{ M::DiaryChartLabel.text(lang) }</title>
                <g class="chart-grid">
                    { for [0_u8, 5, 10].into_iter().map(|v| html! {
                        <>
                            <line x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} />
                            <text x={(LEFT - 6).to_string()} y={(y(v) + 4).to_string()} text-anchor="end">{ v }</text>
                        </>
                    }) }
                    { for (0..=weeks).step_by(every as usize).map(|week| {
                        let at = x(first + week * 7);
                        html! {
                            <>
                                <line class="tick" x1={at.to_string()} x2={at.to_string()} y1={bottom.to_string()} y2={(bottom + 4).to_string()} />
                                <text x={at.to_string()} y={(bottom + 17).to_string()} text-anchor="middle">{ week }</text>
                            </>
                        }
                    }) }
                    <text class="axis-title" x={(LEFT + plot_width / 2).to_string()} y={(HEIGHT - 4).to_string()} text-anchor="middle">
                        { crate::content::fill::diary_axis_weeks(lang, &first_day.to_string()) }
                    </text>
                </g>
                if let Some(mark) = start.map(three_month_mark) {
                    <g class="chart-mark">
                        <line x1={x(mark.days()).to_string()} x2={x(mark.days()).to_string()} y1={(TOP - 4).to_string()} y2={bottom.to_string()} />
                        <text x={x(mark.days()).to_string()} y={(TOP - 7).to_string()} text-anchor="end">{ M::DiaryThreeMonths.text(lang) }</text>
                    </g>
                }
                { for Score::ALL.iter().map(|score| {
                    let points: Vec<(i64, i64)> = diary.entries.iter()
                        .filter_map(|e| Some((x(e.date?.days()), y(score.of(e)?))))
                        .collect();
                    let line = points.iter().map(|(px, py)| format!("{px},{py}")).collect::<Vec<_>>().join(" ");
                    html! {
                        <g class={classes!("chart-line", score.as_str().to_string())}>
                            <polyline points={line} />
                            { for points.iter().map(|(px, py)| marker(*score, *px, *py)) }
                        </g>
                    }
                }) }
            </svg>
            <figcaption>
                <ul class="chart-legend">
                    { for Score::ALL.iter().map(|score| html! { <li>{ sample(*score) }{ score_name(*score).text(lang) }</li> }) }
                    if start.is_some() {
                        <li class="chart-mark-legend">{ M::DiaryThreeMonthsLegend.text(lang) }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}

/// The chart's figures, one row an entry, for screen readers (and anyone who prefers numbers);
/// with `latest`, only that many of the most recent entries, and the caption says so.
pub fn diary_table(lang: Lang, diary: &Diary, latest: Option<usize>) -> Html {
    let cell = |value: Option<u8>| value.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
    let skip = latest.map_or(0, |n| diary.entries.len().saturating_sub(n));
    let caption = match latest {
        Some(n) if skip > 0 => crate::content::fill::diary_table_latest(lang, &n.to_string()),
        _ => M::DiaryTableHeading.text(lang).to_string(),
    };
    html! {
        <table class="diary-table">
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ M::DiaryDate.text(lang) }</th>
                    { for Score::ALL.iter().map(|score| html! { <th scope="col">{ score_name(*score).text(lang) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for diary.entries.iter().skip(skip).map(|entry| html! {
                    <tr>
                        <th scope="row">{ entry.date.map(|d| d.to_string()).unwrap_or_default() }</th>
                        { for Score::ALL.iter().map(|score| html! { <td>{ cell(score.of(entry)) }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The change since the first entry, in words: one line a score.
pub fn diary_change(lang: Lang, diary: &Diary) -> Html {
    let change = diary.change();
    let dates = (diary.entries.first().and_then(|e| e.date), diary.entries.last().and_then(|e| e.date));
    let (Some(first), Some(last)) = dates else { return html! {} };
    if change.is_empty() || diary.entries.len() < 2 {
        return html! { <p class="diary-change">{ M::DiaryChangeNone.text(lang) }</p> };
    }
    use crate::content::fill;
    html! {
        <div class="diary-change">
            <p>{ fill::diary_change(lang, &first.to_string(), &last.to_string()) }</p>
            <ul>
                { for change.iter().map(|(score, from, to)| {
                    let (name, from_text, to_text) = (score_name(*score).text(lang), from.to_string(), to.to_string());
                    let words = match to.cmp(from) {
                        std::cmp::Ordering::Less => fill::diary_change_down(lang, name, &from_text, &to_text),
                        std::cmp::Ordering::Greater => fill::diary_change_up(lang, name, &from_text, &to_text),
                        std::cmp::Ordering::Equal => fill::diary_change_same(lang, name, &from_text),
                    };
                    html! { <li>{ words }</li> }
                }) }
            </ul>
        </div>
    }
}
