//! The machinery of the question registry (`questions.rs`): what a question is, the forms a
//! reply takes, and the macro that turns one declaration per answer field into the answer
//! structs, the answer ids and the [`QUESTIONS`](super::questions::QUESTIONS) table. Edits,
//! share links, the question steps, "your answer" texts and the test generators all read
//! that table, so none of them lists the questions again.

use super::answers::{Area, Course, Elapsed, Regularity, Surgery, SymptomKind, Treatment, Trigger, YesNo};
use super::ids::{AnswerId, Leaning, ValueId};
use super::Answers;

/// The step that asks a question. `Decision` is asked on the results, not on a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    RedFlags,
    History,
    Symptoms,
    Body,
    Accident,
    Values,
    Decision,
}

/// When a question is asked, beyond its step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// Only once the person has said they had an operation (or is not sure).
    AfterSurgery,
    /// Only while the person has chosen to answer this optional section.
    SectionOpen,
}

/// A value type a pick or a tick list chooses from.
pub trait Listed: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    const NAMES: &'static [&'static str];
    /// One letter per value, in the order of `ALL`: the value in a share link. A letter, once
    /// given, is never changed or reused.
    const CODES: &'static str;
}

macro_rules! listed {
    ($($ty:ident: $codes:literal),+ $(,)?) => {
        $(impl Listed for $ty {
            const ALL: &'static [Self] = $ty::ALL;
            const NAMES: &'static [&'static str] = $ty::NAMES;
            const CODES: &'static str = $codes;
        })+
    };
}

listed! {
    YesNo: "ynu",
    Surgery: "nomelfxu",
    Treatment: "dbpcn",
    Area: "lbot",
    SymptomKind: "pnw",
    Course: "bswu",
    Trigger: "swkfu",
    Regularity: "riu",
    Leaning: "wcisrtmgu",
}

/// How a question is asked and what its reply may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Yes / no / not sure; the SURE check offers yes or no only.
    YesNo { not_sure: bool },
    /// One of a closed list, labelled `{labels}.{name}`.
    Pick { labels: &'static str, names: &'static [&'static str], codes: &'static str },
    /// Any of the question's `items` (one per value of `names`, in order); the one at
    /// `exclusive` ("none", "not sure") stands alone.
    Ticks { names: &'static [&'static str], codes: &'static str, exclusive: Option<u8> },
    /// 0 (none) to `max`, numbers only.
    Score { max: u8 },
    /// How much a value matters, 0–4 with words for each point.
    Rating(ValueId),
    /// A time in weeks or months, or "not sure".
    Elapsed,
    /// A whole number up to `max`.
    Count { max: u32 },
    /// Whether the person answers an optional section at all.
    Section,
}

/// A pick over one of the listed value types, labelled `{labels}.{name}`.
pub const fn pick<T: Listed>(labels: &'static str) -> Kind {
    Kind::Pick { labels, names: T::NAMES, codes: T::CODES }
}

/// A tick list over one of the listed value types.
pub const fn ticks<T: Listed>(exclusive: Option<u8>) -> Kind {
    Kind::Ticks { names: T::NAMES, codes: T::CODES, exclusive }
}

pub const YES_NO: Kind = Kind::YesNo { not_sure: true };
pub const YES_OR_NO: Kind = Kind::YesNo { not_sure: false };

/// One reply in a form every kind of question shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// The position of the chosen value in its type's `ALL`.
    Pick(Option<u8>),
    /// Bit i set: the question's i-th item is ticked. `None`: the list was not answered, where
    /// that differs from an empty list.
    Ticks(Option<u32>),
    Number(Option<u32>),
    Elapsed(Option<Elapsed>),
    Section(bool),
}

impl<T: Listed> From<Option<T>> for Response {
    fn from(value: Option<T>) -> Response {
        Response::Pick(value.and_then(|v| T::ALL.iter().position(|x| *x == v)).map(|i| i as u8))
    }
}

/// One question: everything the rest of the app needs to ask it, keep its reply and share it.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub id: AnswerId,
    pub kind: Kind,
    pub step: Step,
    pub when: When,
    /// Its place in a share link; see `share.rs`.
    pub slot: u8,
    /// A tick list's items, in the order of its value type's `ALL`.
    pub items: &'static [AnswerId],
    pub get: fn(&Answers) -> Response,
    pub set: fn(&mut Answers, Response),
}

/// The questions in the order the steps ask them.
pub fn questions_of(step: Step) -> impl Iterator<Item = &'static Question> {
    super::questions::QUESTIONS.iter().filter(move |q| q.step == step)
}

/// The question with this id; `None` for a tick-list item.
pub fn question(id: AnswerId) -> Option<&'static Question> {
    super::questions::QUESTIONS.iter().find(|q| q.id == id)
}

/// The tick list an item belongs to, and the item's bit.
pub fn list_of(item: AnswerId) -> Option<(&'static Question, u32)> {
    super::questions::QUESTIONS.iter().find_map(|q| q.items.iter().position(|i| *i == item).map(|bit| (q, 1 << bit)))
}

/// A struct field that holds one reply.
pub trait Field: Default {
    fn get(&self) -> Response;
    /// Stores a reply of the right form; the edit code checks ranges before.
    fn set(&mut self, reply: Response);
}

impl<T: Listed> Field for Option<T> {
    fn get(&self) -> Response {
        Response::from(*self)
    }
    fn set(&mut self, reply: Response) {
        if let Response::Pick(index) = reply {
            *self = index.and_then(|i| T::ALL.get(usize::from(i)).copied());
        }
    }
}

impl Field for Option<u8> {
    fn get(&self) -> Response {
        Response::Number(self.map(u32::from))
    }
    fn set(&mut self, reply: Response) {
        if let Response::Number(n) = reply {
            *self = n.and_then(|n| u8::try_from(n).ok());
        }
    }
}

impl Field for Option<u32> {
    fn get(&self) -> Response {
        Response::Number(*self)
    }
    fn set(&mut self, reply: Response) {
        if let Response::Number(n) = reply {
            *self = n;
        }
    }
}

impl Field for Option<Elapsed> {
    fn get(&self) -> Response {
        Response::Elapsed(*self)
    }
    fn set(&mut self, reply: Response) {
        if let Response::Elapsed(e) = reply {
            *self = e;
        }
    }
}

fn bits<T: Listed>(list: &[T]) -> u32 {
    T::ALL.iter().enumerate().filter(|(_, v)| list.contains(v)).fold(0, |b, (i, _)| b | 1 << i)
}

fn from_bits<T: Listed>(bits: u32) -> Vec<T> {
    T::ALL.iter().enumerate().filter(|(i, _)| bits & 1 << i != 0).map(|(_, v)| *v).collect()
}

impl<T: Listed> Field for Vec<T> {
    fn get(&self) -> Response {
        Response::Ticks(Some(bits(self)))
    }
    fn set(&mut self, reply: Response) {
        if let Response::Ticks(b) = reply {
            *self = from_bits(b.unwrap_or(0));
        }
    }
}

/// A list whose "not answered" differs from "answered, nothing ticked".
impl<T: Listed> Field for Option<Vec<T>> {
    fn get(&self) -> Response {
        Response::Ticks(self.as_deref().map(bits))
    }
    fn set(&mut self, reply: Response) {
        if let Response::Ticks(b) = reply {
            *self = b.map(from_bits);
        }
    }
}

/// How `Answers` holds a section: always (`S`), or only once opened (`Option<S>`).
pub trait Holds<S> {
    fn section(&self) -> Option<&S>;
    fn section_mut(&mut self) -> &mut S;
}

impl<S> Holds<S> for S {
    fn section(&self) -> Option<&S> {
        Some(self)
    }
    fn section_mut(&mut self) -> &mut S {
        self
    }
}

impl<S: Default> Holds<S> for Option<S> {
    fn section(&self) -> Option<&S> {
        self.as_ref()
    }
    fn section_mut(&mut self) -> &mut S {
        self.get_or_insert_with(S::default)
    }
}

/// Declares the answer sections, one field per question, and from them the section structs,
/// `AnswerId` and `QUESTIONS`. See `questions.rs` for the form of an entry.
macro_rules! questions {
    (@when [$when:ident] [$default:ident]) => { $crate::core::registry::When::$when };
    (@when [] [$default:ident]) => { $crate::core::registry::When::$default };
    ($(
        $(#[$section_meta:meta])*
        pub struct $Section:ident in $section:ident at $step:ident when $section_when:ident
            $(, optional $SectionId:ident $section_path:literal # $section_slot:literal)? {
            $(
                $(#[$field_meta:meta])*
                $field:ident: $ty:ty = $Id:ident $path:literal as $kind:expr, # $slot:literal $(when $when:ident)?
                    $({ $($Item:ident $item_path:literal),+ $(,)? })?;
            )+
        }
    )+) => {
        $(
            $(#[$section_meta])*
            #[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
            #[serde(default)]
            pub struct $Section {
                $( $(#[$field_meta])* pub $field: $ty, )+
            }
        )+

        $crate::core::ids::ids! {
            /// One answer a person gave (a question, or an item of a tick list), by the path
            /// of its field; findings say "because you said …" with these.
            pub enum AnswerId {
                $(
                    $( $SectionId => $section_path, )?
                    $( $Id => $path, $( $( $Item => $item_path, )+ )? )+
                )+
            }
        }

        /// Every question, in the order the steps ask them.
        pub const QUESTIONS: &[$crate::core::registry::Question] = {
            use $crate::core::registry::{Field, Holds, Question, Response, Step};
            &[$(
                $(Question {
                    id: AnswerId::$SectionId,
                    kind: $crate::core::registry::Kind::Section,
                    step: Step::$step,
                    when: $crate::core::registry::When::Always,
                    slot: $section_slot,
                    items: &[],
                    get: |a| Response::Section(a.$section.is_some()),
                    set: |a, r| if let Response::Section(open) = r {
                        if !open {
                            a.$section = None;
                        } else if a.$section.is_none() {
                            a.$section = Some($Section::default());
                        }
                    },
                },)?
                $(Question {
                    id: AnswerId::$Id,
                    kind: $kind,
                    step: Step::$step,
                    when: $crate::core::registry::questions!(@when [$($when)?] [$section_when]),
                    slot: $slot,
                    items: &[$($(AnswerId::$Item),+)?],
                    get: |a| match Holds::<$Section>::section(&a.$section) {
                        Some(s) => Field::get(&s.$field),
                        None => <$ty as Field>::get(&Default::default()),
                    },
                    set: |a, r| Field::set(&mut Holds::<$Section>::section_mut(&mut a.$section).$field, r),
                },)+
            )+]
        };
    };
}
pub(crate) use questions;

impl Kind {
    /// The values a pick or a tick list chooses from (yes / no / not sure for yes/no), and their
    /// one-letter codes in a share link, in the same order; empty for other kinds.
    pub fn values(self) -> (&'static [&'static str], &'static str) {
        match self {
            Kind::YesNo { .. } => (YesNo::NAMES, <YesNo as Listed>::CODES),
            Kind::Pick { names, codes, .. } | Kind::Ticks { names, codes, .. } => (names, codes),
            _ => (&[], ""),
        }
    }

    /// Whether a reply has this kind's form and lies in its range: what an edit and a share
    /// link may store. Cross-question rules are `Answers::validate`'s.
    pub fn allows(self, response: Response, items: usize) -> bool {
        use super::answers::{MAX_MONTHS, MAX_VALUE, MAX_WEEKS};
        let below = |n: Option<u32>, max: u32| n.is_none_or(|n| n <= max);
        match (self, response) {
            (Kind::YesNo { .. } | Kind::Pick { .. }, Response::Pick(i)) => i.is_none_or(|i| usize::from(i) < self.values().0.len()),
            (Kind::Ticks { exclusive, .. }, Response::Ticks(bits)) => {
                bits.is_none_or(|b| b >> items == 0 && exclusive.is_none_or(|e| b & 1 << e == 0 || b == 1 << e))
            }
            (Kind::Score { max }, Response::Number(n)) => below(n, u32::from(max)),
            (Kind::Rating(_), Response::Number(n)) => below(n, u32::from(MAX_VALUE)),
            (Kind::Count { max }, Response::Number(n)) => below(n, max),
            (Kind::Elapsed, Response::Elapsed(e)) => match e {
                Some(Elapsed::Weeks(w)) => w <= MAX_WEEKS,
                Some(Elapsed::Months(m)) => m <= MAX_MONTHS,
                _ => true,
            },
            (Kind::Section, Response::Section(_)) => true,
            _ => false,
        }
    }
}

/// Whether a tick list tells "not answered" apart from "answered, nothing ticked" (its field is
/// an `Option<Vec<_>>`): a share link then writes the second as `_`.
pub fn unanswered_differs_from_empty(question: &Question) -> bool {
    matches!(question.kind, Kind::Ticks { .. }) && (question.get)(&Answers::default()) == Response::Ticks(None)
}

/// Whether a question is asked, given the answers so far (its step aside).
pub fn is_asked(question: &Question, answers: &Answers) -> bool {
    match question.when {
        When::Always => true,
        When::AfterSurgery => answers.history.surgery.is_some() && answers.history.operated() != Some(false),
        When::SectionOpen => questions_of(question.step).any(|q| q.kind == Kind::Section && (q.get)(answers) == Response::Section(true)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questions::QUESTIONS;

    /// What the macro cannot check: that an entry's kind lists the values of its field's type,
    /// in order, and that a tick list's items follow them.
    #[test]
    fn each_entry_kind_matches_its_field() {
        for q in QUESTIONS {
            let after_set = |response: Response| {
                let mut answers = Answers::default();
                (q.set)(&mut answers, response);
                (q.get)(&answers)
            };
            match q.kind {
                Kind::YesNo { .. } | Kind::Pick { .. } => {
                    let (names, codes) = q.kind.values();
                    assert_eq!(codes.chars().count(), names.len(), "{}: one code per value", q.id);
                    for i in 0..=names.len() as u8 {
                        let kept = (usize::from(i) < names.len()).then_some(i);
                        assert_eq!(after_set(Response::Pick(Some(i))), Response::Pick(kept), "{}: the kind's values are the field's", q.id);
                    }
                }
                Kind::Ticks { names, codes, exclusive } => {
                    assert_eq!((names.len(), codes.chars().count()), (q.items.len(), q.items.len()), "{}: one item per value", q.id);
                    for (item, name) in q.items.iter().zip(names) {
                        assert_eq!(item.as_str(), format!("{}.{name}", q.id.as_str()), "{}: items in the order of the values", q.id);
                    }
                    assert!(exclusive.is_none_or(|e| usize::from(e) < names.len()), "{}", q.id);
                    let all = (1u32 << names.len()) - 1;
                    assert_eq!(
                        after_set(Response::Ticks(Some(all << 1 | 1))),
                        Response::Ticks(Some(all)),
                        "{}: the field holds as many",
                        q.id
                    );
                }
                _ => {}
            }
        }
    }
}
