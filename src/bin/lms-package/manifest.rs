//! `imsmanifest.xml` for SCORM 1.2 (IMS Content Packaging 1.1.2 with ADL's `adlcp` 1.2 extensions) and SCORM 2004
//! 4th edition (IMS CP 1.1.4 with ADL's `adlcp` 1.3): one organization with one item, the quiz, launched by one
//! SCO resource that lists every file of the package.

use crate::options::{PassMark, Standard};

/// Where each namespace's schema is (the standard's own file names), for `xsi:schemaLocation`.
const SCHEMAS_12: &str = concat!(
    "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ",
    "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ",
    "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"
);
const SCHEMAS_2004: &str = concat!(
    "http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd ",
    "http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd ",
    "http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd ",
    "http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd ",
    "http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"
);

/// The launch page, at the package's root.
pub const LAUNCH_PAGE: &str = "launch.html";

/// What the manifest says about the package.
pub struct Manifest<'a> {
    pub standard: Standard,
    /// A name unique to this quiz, used for the manifest's identifier.
    pub name: &'a str,
    pub title: &'a str,
    pub pass: Option<PassMark>,
    /// Every file in the package but the manifest, relative to its root.
    pub files: &'a [String],
}

impl Manifest<'_> {
    pub fn to_xml(&self) -> String {
        let title = escape(self.title);
        let identifier = format!("roadmap-quiz-{}-{}", self.name, self.standard.id());
        let files: String = self
            .files
            .iter()
            .map(|file| format!("      <file href=\"{}\"/>\n", escape(file)))
            .collect();
        // What differs between the standards: the namespaces, the version, how the SCO is marked, and where the
        // pass mark goes.
        let (root, version, item_attributes, scorm_type, pass) = match self.standard {
            Standard::Scorm12 => (
                format!(
                    r#"identifier="{identifier}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="{SCHEMAS_12}""#
                ),
                "1.2",
                r#" isvisible="true""#,
                "scormtype",
                // The LMS compares cmi.core.score.raw (a percentage, see scorm.js) with the mastery score.
                match self.pass {
                    Some(PassMark::Percent(percent)) => {
                        format!("\n        <adlcp:masteryscore>{percent}</adlcp:masteryscore>")
                    }
                    _ => String::new(),
                },
            ),
            Standard::Scorm2004 => (
                format!(
                    r#"identifier="{identifier}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="{SCHEMAS_2004}""#
                ),
                "2004 4th Edition",
                "",
                "scormType",
                // The pass mark reaches the quiz as cmi.scaled_passing_score; the quiz sets success_status itself.
                match self.pass {
                    Some(PassMark::Percent(percent)) => format!(
                        r#"
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="quiz-score" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>{}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>"#,
                        f64::from(percent) / 100.0
                    ),
                    _ => String::new(),
                },
            ),
        };
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest {root}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{version}</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>{title}</title>
      <item identifier="quiz" identifierref="quiz-sco"{item_attributes}>
        <title>{title}</title>{pass}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="quiz-sco" type="webcontent" adlcp:{scorm_type}="sco" href="{LAUNCH_PAGE}">
{files}    </resource>
  </resources>
</manifest>
"#
        )
    }
}

/// Text for an XML attribute or element.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(standard: Standard, pass: Option<PassMark>) -> String {
        let files = vec![LAUNCH_PAGE.to_string(), "embed.html".to_string()];
        Manifest {
            standard,
            name: "section-collections",
            title: "Self-test: Lists & <tuples>",
            pass,
            files: &files,
        }
        .to_xml()
    }

    #[test]
    fn scorm12_names_its_version_and_a_sco_that_launches_the_page() {
        let xml = manifest(Standard::Scorm12, Some(PassMark::Percent(70)));
        assert!(xml.contains("<schemaversion>1.2</schemaversion>"));
        assert!(xml.contains(r#"adlcp:scormtype="sco" href="launch.html""#));
        assert!(xml.contains("<adlcp:masteryscore>70</adlcp:masteryscore>"));
        assert!(xml.contains("Self-test: Lists &amp; &lt;tuples&gt;"));
        assert!(xml.contains(r#"<file href="embed.html"/>"#));
    }

    #[test]
    fn scorm2004_names_the_fourth_edition_and_its_passing_measure() {
        let xml = manifest(Standard::Scorm2004, Some(PassMark::Percent(80)));
        assert!(xml.contains("<schemaversion>2004 4th Edition</schemaversion>"));
        assert!(xml.contains(r#"adlcp:scormType="sco""#));
        assert!(xml.contains("<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>"));
        assert!(!manifest(Standard::Scorm2004, None).contains("imsss:sequencing"));
    }
}
