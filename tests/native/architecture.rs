//! The invariants ARCHITECTURE.md lists, checked on the source files themselves: the domain
//! imports no web crate, no module imports one that imports it back, and no file grows past the
//! size a reader takes in at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Lines a source file may have: about one screenful of scrolling per idea.
const MAX_LINES: usize = 400;
/// Crates only the view, the embedding API and the app may use.
const WEB_CRATES: [&str; 6] = [
    "leptos",
    "web_sys",
    "wasm_bindgen",
    "js_sys",
    "gloo",
    "console_error_panic_hook",
];

/// Every `.rs` file below `src/`, with its text.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, found: &mut Vec<(PathBuf, String)>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .expect("a folder")
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("a source file");
                found.push((path, text));
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found
}

/// The module path of a file of the library: `src/domain/simulation/engine.rs` is
/// `domain::simulation::engine`, `src/ui/editor/mod.rs` is `ui::editor`, `src/lib.rs` is ``.
fn module_of(path: &Path) -> Option<String> {
    let relative = path
        .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .ok()?;
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") {
        return None;
    }
    let file = parts.pop()?;
    match file.as_str() {
        "lib.rs" | "mod.rs" => {}
        other => parts.push(other.trim_end_matches(".rs").to_owned()),
    }
    Some(parts.join("::"))
}

/// The code of `text` without comments, so that a doc example does not count as an import.
fn code(text: &str) -> String {
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path a file names that starts at `crate::` or `super::`, resolved against `module`.
fn named_paths(module: &str, text: &str) -> Vec<Vec<String>> {
    let code = code(text);
    let mut paths = Vec::new();
    for (start, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        if code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[start..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let mut segments: Vec<&str> = rest[..end].split("::").filter(|s| !s.is_empty()).collect();
        let mut base: Vec<String> = if module.is_empty() {
            Vec::new()
        } else {
            module.split("::").map(str::to_owned).collect()
        };
        match segments.first() {
            Some(&"crate") => base.clear(),
            _ => {
                while segments.first() == Some(&"super") {
                    base.pop();
                    segments.remove(0);
                }
                base.extend(segments.drain(..).map(str::to_owned));
                paths.push(base);
                continue;
            }
        }
        base.extend(segments[1..].iter().map(|s| (*s).to_owned()));
        paths.push(base);
    }
    paths
}

/// The module each path names: its longest prefix that is a module of the library.
fn target_module(path: &[String], modules: &BTreeSet<String>) -> Option<String> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|candidate| modules.contains(candidate))
}

fn is_within(inner: &str, outer: &str) -> bool {
    outer.is_empty() || inner == outer || inner.starts_with(&format!("{outer}::"))
}

#[test]
fn the_domain_imports_no_web_crate() {
    for (path, text) in sources() {
        if !module_of(&path).is_some_and(|m| is_within(&m, "domain")) {
            continue;
        }
        let code = code(&text);
        for krate in WEB_CRATES {
            assert!(
                !code.contains(&format!("{krate}::")),
                "{} uses {krate}: the domain must build and be tested without a browser",
                path.display()
            );
        }
    }
}

#[test]
fn no_source_file_is_longer_than_a_reader_takes_in() {
    let long: Vec<String> = sources()
        .into_iter()
        .map(|(path, text)| (path, text.lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .map(|(path, lines)| format!("{} has {lines} lines", path.display()))
        .collect();
    assert!(
        long.is_empty(),
        "at most {MAX_LINES} lines a file: {long:#?}"
    );
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let files: Vec<(String, String)> = sources()
        .into_iter()
        .filter_map(|(path, text)| Some((module_of(&path)?, text)))
        .collect();
    let modules: BTreeSet<String> = files.iter().map(|(m, _)| m.clone()).collect();
    // A module's use of an ancestor goes through that ancestor's re-exports of its own children,
    // so edges between a module and its ancestors say nothing about cycles: they are left out.
    let mut uses: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &files {
        for path in named_paths(module, text) {
            if let Some(target) = target_module(&path, &modules)
                && !is_within(module, &target)
                && !is_within(&target, module)
            {
                uses.entry(module).or_default().insert(target);
            }
        }
    }
    // Depth-first search for a path back to where it started.
    fn reaches(
        from: &str,
        to: &str,
        uses: &BTreeMap<&str, BTreeSet<String>>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        uses.get(from)
            .into_iter()
            .flatten()
            .any(|next| next == to || (seen.insert(next.clone()) && reaches(next, to, uses, seen)))
    }
    for module in uses.keys() {
        assert!(
            !reaches(module, module, &uses, &mut BTreeSet::new()),
            "{module} imports a module that imports it back (directly or through others): {:?}",
            uses[module]
        );
    }
}

#[test]
fn the_cycle_check_sees_a_cycle() {
    // The check above must be able to fail: two sibling modules that name each other.
    let modules: BTreeSet<String> = ["a", "a::x", "a::y"].map(str::to_owned).into();
    let x = named_paths("a::x", "use super::y::Thing;");
    let y = named_paths("a::y", "fn f(_: crate::a::x::Other) {}");
    assert_eq!(target_module(&x[0], &modules).as_deref(), Some("a::y"));
    assert_eq!(target_module(&y[0], &modules).as_deref(), Some("a::x"));
    assert!(named_paths("a::x", "// use super::y::Thing;").is_empty());
}

#[test]
fn inner_html_is_only_written_by_markup() {
    // `ui::markup::Markup` escapes every text and attribute value; a file that sets an element's
    // `inner_html` writes it there, so that nothing typed by a user can become markup.
    for (path, text) in sources() {
        let code = code(&text);
        if code.contains("inner_html") && !path.ends_with("ui/markup.rs") {
            assert!(
                code.contains("Markup::default()"),
                "{} sets inner_html without writing it with ui::markup::Markup",
                path.display()
            );
        }
    }
}
