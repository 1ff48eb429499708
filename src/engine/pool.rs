//! The item pool of one quiz: the bank's questions in scope, reduced to what selection and scoring need.

use super::irt::{AnswerForm, ItemParams, CUT_SCORES};
use crate::bank::{Bank, Catalog, Level, QuestionId, SectionSlug};
use std::collections::HashMap;

/// What a quiz covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every question of the bank: placement.
    Bank,
    /// One level's sections: a level quiz.
    Level(Level),
    /// One section: a self-test.
    Section(SectionSlug),
}

/// One askable question as the engine sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: QuestionId,
    /// The section's number, 1 to 52.
    pub section: u32,
    pub level: Level,
    /// Topic and subtopic as dense keys (0, 1, 2, ... within the pool), for content balancing.
    pub topic: u32,
    pub subtopic: u32,
    pub params: ItemParams,
    /// Information at each cut score: fixed per item, so placement's selection does not recompute it.
    pub cut_information: [f64; 3],
}

impl Item {
    pub fn new(id: QuestionId, section: u32, level: Level, params: ItemParams) -> Item {
        Item {
            id,
            section,
            level,
            topic: 0,
            subtopic: 0,
            params,
            cut_information: cut_information(&params),
        }
    }
}

/// The form one question is answered in: typed only where the quiz types and the question can be typed.
fn typeable_form(form: AnswerForm, typeable: bool) -> AnswerForm {
    if typeable {
        form
    } else {
        AnswerForm::Picked
    }
}

fn cut_information(params: &ItemParams) -> [f64; 3] {
    CUT_SCORES.map(|cut| params.information(cut))
}

/// The items in scope, in bank order, with the names of their subtopics.
#[derive(Clone, Debug, Default)]
pub struct Pool {
    items: Vec<Item>,
    by_id: HashMap<QuestionId, usize>,
    subtopic_names: Vec<String>,
    topics: usize,
}

impl Pool {
    /// The pool of `scope`. In the `Typed` form every question that can be typed is answered by typing.
    pub fn from_bank(bank: &Bank, scope: &Scope, form: AnswerForm) -> Pool {
        let mut entries = Vec::new();
        for section in &bank.sections {
            let in_scope = match scope {
                Scope::Bank => true,
                Scope::Level(level) => section.level == *level,
                Scope::Section(slug) => &section.slug == slug,
            };
            if !in_scope {
                continue;
            }
            for question in &section.questions {
                let item = Item::new(
                    question.id.clone(),
                    section.number,
                    section.level,
                    ItemParams::of(
                        question,
                        section.level,
                        typeable_form(form, question.is_typeable()),
                    ),
                );
                let topic = format!("{}/{}", section.slug, question.topic);
                entries.push((item, topic, question.subtopic.clone()));
            }
        }
        Pool::from_entries(entries)
    }

    /// The same pool built from the catalog the app ships: what the browser selects from before any text is loaded.
    pub fn from_catalog(catalog: &Catalog, scope: &Scope, form: AnswerForm) -> Pool {
        let mut entries = Vec::new();
        for section in catalog.sections() {
            let in_scope = match scope {
                Scope::Bank => true,
                Scope::Level(level) => section.level == *level,
                Scope::Section(slug) => &section.slug == slug,
            };
            if !in_scope {
                continue;
            }
            for entry in catalog.items.iter().filter(|e| e.section == section.number) {
                let params = ItemParams::from_parts(
                    entry.kind,
                    usize::from(entry.options),
                    entry.difficulty.get(),
                    entry.irt,
                    section.level,
                )
                .answered(typeable_form(form, entry.is_typeable()));
                let item = Item::new(entry.id.clone(), section.number, section.level, params);
                let (topic, subtopic) = section
                    .subtopic(entry.subtopic)
                    .map(|(topic, name)| (topic.slug.to_string(), name.to_string()))
                    .unwrap_or_default();
                entries.push((item, format!("{}/{topic}", section.slug), subtopic));
            }
        }
        Pool::from_entries(entries)
    }

    /// A pool of items made elsewhere (the simulation's synthetic bank, tests), each with its topic and subtopic.
    pub fn from_entries(entries: Vec<(Item, String, String)>) -> Pool {
        let mut topics: HashMap<String, u32> = HashMap::new();
        let mut subtopics: HashMap<String, u32> = HashMap::new();
        let mut pool = Pool::default();
        for (mut item, topic, subtopic) in entries {
            let next_topic = topics.len() as u32;
            item.topic = *topics.entry(topic).or_insert(next_topic);
            item.subtopic = match subtopics.get(&subtopic) {
                Some(key) => *key,
                None => {
                    let key = pool.subtopic_names.len() as u32;
                    subtopics.insert(subtopic.clone(), key);
                    pool.subtopic_names.push(subtopic);
                    key
                }
            };
            pool.by_id.insert(item.id.clone(), pool.items.len());
            pool.items.push(item);
        }
        pool.topics = topics.len();
        pool
    }

    /// The same pool with every item's discrimination set to `a`, as the simulation judges the engine.
    pub fn with_discrimination(mut self, a: f64) -> Pool {
        for item in &mut self.items {
            item.params.a = a;
            item.cut_information = cut_information(&item.params);
        }
        self
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, index: usize) -> &Item {
        &self.items[index]
    }

    pub fn index_of(&self, id: &QuestionId) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn topic_count(&self) -> usize {
        self.topics
    }

    pub fn subtopic_count(&self) -> usize {
        self.subtopic_names.len()
    }

    /// The subtopic's roadmap name, for results ("the subtopics missed").
    pub fn subtopic_name(&self, key: u32) -> Option<&str> {
        self.subtopic_names.get(key as usize).map(String::as_str)
    }

    /// The distinct section numbers in the pool, ascending.
    pub fn sections(&self) -> Vec<u32> {
        let mut sections: Vec<u32> = self.items.iter().map(|item| item.section).collect();
        crate::order::sort_by_key(&mut sections, |s| *s);
        sections.dedup();
        sections
    }
}
