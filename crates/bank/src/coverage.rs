//! The coverage report: how well the bank covers each section and level of the roadmap.

use super::level::Level;
use super::model::{Bank, Difficulty, Question, QuestionKind, Section};
use std::collections::BTreeSet;
use std::fmt;

/// Coverage figures for one section.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionCoverage {
    pub number: u32,
    pub slug: String,
    pub level: Level,
    pub questions: usize,
    pub subtopics: usize,
    pub subtopics_covered: usize,
    /// Subtopics with at least two questions, the bank's target.
    pub subtopics_covered_twice: usize,
    pub code_reading: usize,
    pub multi: usize,
    pub difficulties: BTreeSet<u8>,
    pub topics: usize,
    /// Topics with a question at difficulty 2 or below and one at 4 or above, the bank's target.
    pub topics_spanning: usize,
    pub choice: usize,
    /// Choice questions whose key is strictly the longest option: near a quarter is chance, far above it is a cue.
    pub key_longest: usize,
    pub output: usize,
    /// `output` questions a learner can answer by typing (see `typed.rs`).
    pub typeable: usize,
    /// Questions at each difficulty, 1 to 5.
    pub histogram: [usize; 5],
}

/// The same figures summed over a level.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelCoverage {
    pub level: Level,
    pub sections: usize,
    pub questions: usize,
    pub subtopics: usize,
    pub subtopics_covered: usize,
    pub subtopics_covered_twice: usize,
    pub code_reading: usize,
    pub multi: usize,
    pub difficulties: BTreeSet<u8>,
    pub topics: usize,
    pub topics_spanning: usize,
    pub choice: usize,
    pub key_longest: usize,
    pub output: usize,
    pub typeable: usize,
    pub histogram: [usize; 5],
}

#[derive(Clone, Debug, PartialEq)]
pub struct CoverageReport {
    pub sections: Vec<SectionCoverage>,
    pub levels: Vec<LevelCoverage>,
}

impl CoverageReport {
    pub fn of(bank: &Bank) -> CoverageReport {
        let sections: Vec<SectionCoverage> = bank.sections.iter().map(section_coverage).collect();
        let levels = Level::ALL
            .into_iter()
            .map(|level| {
                let mine = sections.iter().filter(|section| section.level == level);
                let mut total = LevelCoverage {
                    level,
                    sections: 0,
                    questions: 0,
                    subtopics: 0,
                    subtopics_covered: 0,
                    subtopics_covered_twice: 0,
                    code_reading: 0,
                    multi: 0,
                    difficulties: BTreeSet::new(),
                    topics: 0,
                    topics_spanning: 0,
                    choice: 0,
                    key_longest: 0,
                    output: 0,
                    typeable: 0,
                    histogram: [0; 5],
                };
                for section in mine {
                    total.sections += 1;
                    total.questions += section.questions;
                    total.subtopics += section.subtopics;
                    total.subtopics_covered += section.subtopics_covered;
                    total.subtopics_covered_twice += section.subtopics_covered_twice;
                    total.code_reading += section.code_reading;
                    total.multi += section.multi;
                    total.difficulties.extend(&section.difficulties);
                    total.topics += section.topics;
                    total.topics_spanning += section.topics_spanning;
                    total.choice += section.choice;
                    total.key_longest += section.key_longest;
                    total.output += section.output;
                    total.typeable += section.typeable;
                    for (sum, count) in total.histogram.iter_mut().zip(section.histogram) {
                        *sum += count;
                    }
                }
                total
            })
            .collect();
        CoverageReport { sections, levels }
    }
}

fn key_is_longest(question: &Question) -> bool {
    let length = |index: usize| question.options[index].chars().count();
    question.answers.iter().all(|&key| {
        (0..question.options.len())
            .filter(|index| !question.answers.contains(index))
            .all(|other| length(key) > length(other))
    })
}

fn section_coverage(section: &Section) -> SectionCoverage {
    let choice: Vec<&Question> = section
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Choice)
        .collect();
    let per_subtopic = |name: &String| {
        section
            .questions
            .iter()
            .filter(|q| &q.subtopic == name)
            .count()
    };
    let counts: Vec<usize> = section
        .topics
        .iter()
        .flat_map(|topic| topic.subtopics.iter().map(per_subtopic))
        .collect();
    SectionCoverage {
        number: section.number,
        slug: section.slug.to_string(),
        level: section.level,
        questions: section.questions.len(),
        subtopics: counts.len(),
        subtopics_covered: counts.iter().filter(|count| **count >= 1).count(),
        subtopics_covered_twice: counts.iter().filter(|count| **count >= 2).count(),
        code_reading: section
            .questions
            .iter()
            .filter(|q| q.kind.is_code_reading())
            .count(),
        multi: section
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Multi)
            .count(),
        difficulties: section
            .questions
            .iter()
            .map(|q| q.difficulty.get())
            .collect(),
        topics: section.topics.len(),
        topics_spanning: section
            .topics
            .iter()
            .filter(|topic| {
                let levels: Vec<u8> = section
                    .questions
                    .iter()
                    .filter(|q| q.topic == topic.slug)
                    .map(|q| q.difficulty.get())
                    .collect();
                levels.iter().any(|d| *d <= 2) && levels.iter().any(|d| *d >= 4)
            })
            .count(),
        choice: choice.len(),
        key_longest: choice.iter().filter(|q| key_is_longest(q)).count(),
        output: section
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Output)
            .count(),
        typeable: section.questions.iter().filter(|q| q.is_typeable()).count(),
        histogram: section.questions.iter().fold([0; 5], |mut histogram, q| {
            histogram[usize::from(q.difficulty.get() - Difficulty::MIN)] += 1;
            histogram
        }),
    }
}

/// Percent of `part` in `whole`, 0 for an empty whole.
fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

fn difficulties(used: &BTreeSet<u8>) -> String {
    (Difficulty::MIN..=Difficulty::MAX)
        .map(|d| {
            if used.contains(&d) {
                char::from(b'0' + d)
            } else {
                '.'
            }
        })
        .collect()
}

const COLUMNS: [&str; 10] = [
    "section",
    "questions",
    "subtopics",
    "2+ each",
    "code%",
    "multi",
    "difficulty",
    "easy+hard topics",
    "longest key",
    "typeable output",
];

impl fmt::Display for CoverageReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [section, questions, subtopics, twice, code, multi, difficulty, spanning, longest, typeable] =
            COLUMNS;
        writeln!(
            f,
            "{section:<34} {questions:>9} {subtopics:>10} {twice:>10} {code:>6} {multi:>5}  {difficulty:<10}  \
                {spanning:<16}  {longest:<12}  {typeable}"
        )?;
        for level in &self.levels {
            for s in self.sections.iter().filter(|s| s.level == level.level) {
                writeln!(
                    f,
                    "{:<34} {:>9} {:>10} {:>10} {:>5.0}% {:>5}  {:<10}  {:<16}  {:<12}  {}/{}",
                    format!("{:02} {}", s.number, s.slug),
                    s.questions,
                    format!("{}/{}", s.subtopics_covered, s.subtopics),
                    format!("{}/{}", s.subtopics_covered_twice, s.subtopics),
                    percent(s.code_reading, s.questions),
                    s.multi,
                    difficulties(&s.difficulties),
                    format!("{}/{}", s.topics_spanning, s.topics),
                    format!("{:.0}% of {}", percent(s.key_longest, s.choice), s.choice),
                    s.typeable,
                    s.output,
                )?;
            }
            writeln!(
                f,
                "{:<34} {:>9} {:>10} {:>10} {:>5.0}% {:>5}  {:<10}  {:<16}  {:<12}  {}/{}",
                format!("== {} ({} sections)", level.level, level.sections),
                level.questions,
                format!("{}/{}", level.subtopics_covered, level.subtopics),
                format!("{}/{}", level.subtopics_covered_twice, level.subtopics),
                percent(level.code_reading, level.questions),
                level.multi,
                difficulties(&level.difficulties),
                format!("{}/{}", level.topics_spanning, level.topics),
                format!(
                    "{:.0}% of {}",
                    percent(level.key_longest, level.choice),
                    level.choice
                ),
                level.typeable,
                level.output,
            )?;
            let [one, two, three, four, five] = level.histogram;
            writeln!(
                f,
                "   {} questions by difficulty: 1: {one}, 2: {two}, 3: {three}, 4: {four}, 5: {five}",
                level.level
            )?;
        }
        let questions: usize = self.levels.iter().map(|l| l.questions).sum();
        let code: usize = self.levels.iter().map(|l| l.code_reading).sum();
        let subtopics: usize = self.levels.iter().map(|l| l.subtopics).sum();
        let covered: usize = self.levels.iter().map(|l| l.subtopics_covered).sum();
        let output: usize = self.levels.iter().map(|l| l.output).sum();
        let typeable: usize = self.levels.iter().map(|l| l.typeable).sum();
        write!(
            f,
            "== bank: {questions} questions, {covered}/{subtopics} subtopics covered, {:.0}% code-reading, \
                {typeable}/{output} output questions typeable ({:.1}%); every question explains each option \
                (`feedback` is required)",
            percent(code, questions),
            percent(typeable, output)
        )
    }
}
