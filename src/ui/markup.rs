//! Markup written as text, for what a view draws whole from data and holds no handler or reactive
//! part of its own: the pictures' drawing and the rows of the tables of figures. The view sets it as
//! its element's `inner_html`, and the browser's parser builds the elements. Written with `view!`,
//! each of these parts compiled to code of its own that builds its elements one call at a time; as
//! text, they all share this module (README, "Size", says what that saved).
//!
//! Every text and attribute value goes through [`Markup`], which escapes it: nothing typed by a
//! user can become markup.

use std::fmt::{self, Display, Write};

/// An element's attributes: names, and values written with `Display` (whole numbers and text;
/// never an `f64`, whose formatting the wasm leaves out, `ui/svg.rs`).
pub type Attrs<'a> = &'a [(&'static str, &'a dyn Display)];

/// Markup being written.
///
/// ```ignore
/// // (wasm32 only, as all of `ui`)
/// let mut m = Markup::default();
/// m.element("g", &[("class", &"ce-chart__marks")], |m| {
///     m.text_element("title", &[], &"Completed");
///     m.line("ce-chart__end", (120, 10), (120, 170));
/// });
/// view! { <svg inner_html=m.finish() /> }
/// ```
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `<tag …>`, what `content` writes, then `</tag>`.
    pub fn element(&mut self, tag: &str, attrs: Attrs, content: impl FnOnce(&mut Self)) {
        self.open(tag, attrs, ">");
        content(self);
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    /// An element that holds `text` alone.
    pub fn text_element(&mut self, tag: &str, attrs: Attrs, text: &dyn Display) {
        self.element(tag, attrs, |m| m.text(text));
    }

    /// `<tag … />`: an SVG element without content (inside an `svg` element, where the parser
    /// reads `/>` as the element's end; HTML elements need [`Markup::element`]).
    pub fn empty(&mut self, tag: &str, attrs: Attrs) {
        self.open(tag, attrs, "/>");
    }

    /// An SVG `<line>` of `class` from `(x1, y1)` to `(x2, y2)`.
    pub fn line(&mut self, class: &str, (x1, y1): (i32, i32), (x2, y2): (i32, i32)) {
        let attrs: Attrs = &[
            ("class", &class),
            ("x1", &x1),
            ("y1", &y1),
            ("x2", &x2),
            ("y2", &y2),
        ];
        self.empty("line", attrs);
    }

    /// An SVG `<rect>` of `class` from `(x, y)`, `width` wide and `height` tall.
    pub fn rect(&mut self, class: &str, (x, y): (i32, i32), (width, height): (i32, i32)) {
        let attrs: Attrs = &[
            ("class", &class),
            ("x", &x),
            ("y", &y),
            ("width", &width),
            ("height", &height),
        ];
        self.empty("rect", attrs);
    }

    /// An SVG `<polyline>` of `class` through `points`.
    pub fn polyline(&mut self, class: &str, points: &[(i32, i32)]) {
        let points: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
        self.empty(
            "polyline",
            &[("class", &class), ("points", &points.join(" "))],
        );
    }

    /// A table row of figures: `header` in its row header, then a cell per figure.
    pub fn figure_row(&mut self, header: &dyn Display, figures: &[&dyn Display]) {
        self.element("tr", &[], |m| {
            m.text_element("th", &[("scope", &"row")], header);
            for figure in figures {
                m.text_element("td", &[], *figure);
            }
        });
    }

    /// An SVG `<text>` of `class` at `(x, y)`, anchored there at its `anchor` (`start`, `middle`
    /// or `end`).
    pub fn label(&mut self, class: &str, (x, y): (i32, i32), anchor: &str, text: &dyn Display) {
        let attrs: Attrs = &[
            ("class", &class),
            ("x", &x),
            ("y", &y),
            ("text-anchor", &anchor),
        ];
        self.text_element("text", attrs, text);
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &dyn Display) {
        // Writing to a `String` cannot fail.
        let _ = write!(Escaped(&mut self.0), "{text}");
    }

    /// The markup written.
    pub fn finish(self) -> String {
        self.0
    }

    fn open(&mut self, tag: &str, attrs: Attrs, end: &str) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.text(*value);
            self.0.push('"');
        }
        self.0.push_str(end);
    }
}

/// Text written into markup, with the characters that markup reads escaped.
struct Escaped<'a>(&'a mut String);

impl Write for Escaped<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
        Ok(())
    }
}
