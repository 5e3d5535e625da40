//! `ui::markup`, read back by the browser's own parser: what it writes parses to exactly the
//! elements, attributes and text it was given.

use wasm_bindgen_test::wasm_bindgen_test;

use campaign_editor::ui::markup::Markup;

use crate::support::{all, fresh_container};

/// Text that markup would read as markup, entities and quotes, were it not escaped.
const TRICKY: &str = r#"<b>1 & 2</b> "quoted" 'single' &amp; </svg>"#;

#[wasm_bindgen_test]
fn text_and_attribute_values_come_back_as_written() {
    let container = fresh_container();
    let mut m = Markup::default();
    m.element("p", &[("title", &TRICKY), ("data-n", &-42)], |m| {
        m.text(&TRICKY);
        m.text_element("span", &[("class", &"inner")], &7);
    });
    container.set_inner_html(&m.finish());

    let p = all(&container, "p");
    assert_eq!(p.len(), 1, "one paragraph: {}", container.inner_html());
    assert_eq!(p[0].get_attribute("title").as_deref(), Some(TRICKY));
    assert_eq!(p[0].get_attribute("data-n").as_deref(), Some("-42"));
    assert_eq!(p[0].child_element_count(), 1, "only the span is an element");
    assert_eq!(
        p[0].text_content().as_deref(),
        Some(format!("{TRICKY}7").as_str())
    );
    container.remove();
}

#[wasm_bindgen_test]
fn empty_svg_elements_end_where_they_are_written() {
    let container = fresh_container();
    let mut m = Markup::default();
    m.element("svg", &[("viewBox", &"0 0 10 10")], |m| {
        m.empty("line", &[("x1", &0), ("x2", &10)]);
        m.element("g", &[], |m| m.text_element("title", &[], &TRICKY));
        m.empty("circle", &[("r", &5)]);
    });
    container.set_inner_html(&m.finish());

    let children = all(&container, "svg > *");
    let names: Vec<String> = children.iter().map(|e| e.tag_name()).collect();
    assert_eq!(names, ["line", "g", "circle"], "siblings, not nested");
    assert!(
        children
            .iter()
            .all(|e| e.namespace_uri().as_deref() == Some("http://www.w3.org/2000/svg"))
    );
    assert_eq!(
        all(&container, "title")[0].text_content().as_deref(),
        Some(TRICKY)
    );
    container.remove();
}
