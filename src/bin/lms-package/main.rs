//! `cargo run --release --bin lms-package -- --quiz section:collections --standard scorm12`: packs a quiz of the
//! release build in `dist/` as a SCORM 1.2 or SCORM 2004 package, a zip an LMS imports as it is (README, "In a
//! learning management system").

mod contents;
mod launch;
mod manifest;
mod options;
mod zip;

use manifest::{Manifest, LAUNCH_PAGE};
use options::{OptionError, QuizSpec};
use std::process::ExitCode;

fn main() -> ExitCode {
    let options = match options::parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(OptionError::Help) => {
            println!("{}", options::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprintln!("error: {err}\n\n{}", options::USAGE);
            return ExitCode::FAILURE;
        }
    };
    match pack(&options) {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn pack(options: &options::Options) -> Result<String, String> {
    let contents =
        contents::collect(&options.dist, &options.quiz).map_err(|err| err.to_string())?;
    let (name, default_title) = match &options.quiz {
        QuizSpec::Section(slug) => {
            let title = contents
                .catalog
                .section_by_slug(slug)
                .map_or(slug.clone(), |s| s.title.clone());
            (
                format!("section-{slug}"),
                format!("Python self-test: {title}"),
            )
        }
        QuizSpec::Level(level) => {
            let title = contents
                .catalog
                .level(*level)
                .map_or(level.id().to_string(), |l| l.info.title.clone());
            (
                format!("level-{}", level.id()),
                format!("Python level quiz: {title}"),
            )
        }
        QuizSpec::Placement => ("placement".to_string(), "Python placement test".to_string()),
    };
    let title = options.title.clone().unwrap_or(default_title);
    let mut listed = vec![LAUNCH_PAGE.to_string(), launch::SCRIPT_NAME.to_string()];
    listed.extend(contents.files.iter().cloned());
    let manifest = Manifest {
        standard: options.standard,
        name: &name,
        title: &title,
        pass: options.pass,
        files: &listed,
    };
    let mut zip = zip::ZipWriter::default();
    let too_large = |_| "the package would be too large for a zip without zip64".to_string();
    zip.add("imsmanifest.xml", manifest.to_xml().as_bytes())
        .map_err(too_large)?;
    zip.add(LAUNCH_PAGE, launch::page(options, &title).as_bytes())
        .map_err(too_large)?;
    zip.add(launch::SCRIPT_NAME, launch::SCRIPT.as_bytes())
        .map_err(too_large)?;
    for file in &contents.files {
        let path = options.dist.join(file);
        let data = std::fs::read(&path)
            .map_err(|err| format!("{} cannot be read: {err}", path.display()))?;
        zip.add(file, &data).map_err(too_large)?;
    }
    let bytes = zip.finish().map_err(too_large)?;
    std::fs::write(&options.out, &bytes)
        .map_err(|err| format!("{} cannot be written: {err}", options.out.display()))?;
    Ok(format!(
        "wrote {} ({} bytes, {} files, {} questions): {title}, {}",
        options.out.display(),
        bytes.len(),
        listed.len() + 1,
        contents.questions,
        match options.standard {
            options::Standard::Scorm12 => "SCORM 1.2",
            options::Standard::Scorm2004 => "SCORM 2004 4th edition",
        }
    ))
}
