//! The layering invariants of ARCHITECTURE.md, checked on the source text.

use std::path::Path;

fn sources(dir: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(path) = stack.pop() {
        for entry in std::fs::read_dir(&path).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    assert!(!files.is_empty(), "no sources under {dir}");
    files
}

fn assert_free_of(dir: &str, forbidden: &[&str]) {
    for (path, text) in sources(dir) {
        for word in forbidden {
            assert!(!text.contains(word), "{path} mentions `{word}`, which its layer may not use");
        }
    }
}

#[test]
fn core_is_pure() {
    assert_free_of("src/core", &["yew::", "use yew", "web_sys", "wasm_bindgen", "crate::content", "crate::ui", "crate::platform"]);
}

#[test]
fn content_depends_only_on_core() {
    assert_free_of("src/content", &["yew::", "use yew", "web_sys", "wasm_bindgen", "crate::ui", "crate::platform"]);
}

#[test]
fn platform_takes_plain_values() {
    assert_free_of("src/platform", &["crate::ui", "crate::content", "yew::"]);
}

#[test]
fn components_carry_no_text_of_their_own() {
    // Text in html! is either an expression ({ M::… }) or nothing: a literal string between
    // tags would be text outside the locale files.
    for (path, text) in sources("src/ui") {
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            let literal_child = trimmed.starts_with("{ \"") || trimmed.starts_with("{\"");
            let bare_text = trimmed.starts_with('>') && trimmed.len() > 1 && !trimmed.starts_with(">{");
            assert!(!literal_child && !bare_text, "{path}:{}: text outside the locale files: {trimmed}", number + 1);
        }
    }
}

/// Screen and widget files use one another in one direction only: a cycle (results ↔ summary, say)
/// means neither can be read or changed without the other.
#[test]
fn components_form_no_cycle() {
    let files: Vec<(String, String)> =
        ["src/ui/screens", "src/ui/widgets"].iter().flat_map(|dir| sources(dir)).filter(|(path, _)| !path.ends_with("mod.rs")).collect();
    let name = |path: &str| Path::new(path).file_stem().unwrap().to_string_lossy().to_string();
    let names: Vec<String> = files.iter().map(|(path, _)| name(path)).collect();
    let uses = |text: &str| -> Vec<String> {
        let refers = |n: &str| ["super::", "screens::", "widgets::"].iter().any(|via| text.contains(&format!("{via}{n}::")));
        names.iter().filter(|n| refers(n)).cloned().collect()
    };
    let graph: Vec<(String, Vec<String>)> = files.iter().map(|(path, text)| (name(path), uses(text))).collect();
    // Depth-first search from every file: reaching the start again is a cycle.
    for (start, _) in &graph {
        let mut stack: Vec<Vec<String>> = vec![vec![start.clone()]];
        while let Some(path) = stack.pop() {
            let last = path.last().unwrap();
            for next in graph.iter().find(|(n, _)| n == last).map(|(_, u)| u.clone()).unwrap_or_default() {
                assert!(&next != start, "a cycle between UI files: {} → {next}", path.join(" → "));
                if !path.contains(&next) {
                    stack.push([path.clone(), vec![next]].concat());
                }
            }
        }
    }
}

/// ARCHITECTURE.md's step table names every section of the question registry, and no other.
#[test]
fn the_step_table_names_every_registry_section() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let architecture = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let registry = std::fs::read_to_string(root.join("src/core/questions.rs")).unwrap();
    let declared: Vec<&str> =
        registry.lines().filter_map(|line| line.trim().strip_prefix("pub struct ")).filter_map(|rest| rest.split(' ').next()).collect();
    let table: Vec<&str> = architecture
        .lines()
        .filter_map(|line| line.trim().strip_prefix("| ").and_then(|rest| rest.split(" | ").nth(1)))
        .filter(|cell| cell.starts_with('`') && !cell.contains("core/"))
        .flat_map(|cell| cell.split(" (").next().unwrap_or(cell).split(", ").map(|name| name.trim_matches('`')))
        .filter(|name| name.chars().next().is_some_and(char::is_uppercase))
        .collect();
    assert_eq!(table, declared, "the step table in ARCHITECTURE.md and the sections in core/questions.rs differ");
}
