//! `suggestStrategy()`: the strategy advisor (SPEC section 10) for host pages — the same search as
//! the editor's `Suggest a strategy` and `campaign-sim --suggest`, run to its end.
//!
//! ```js
//! const { delaysSeconds, expected, current } = suggestStrategy(config, { deadlineHours: 48 });
//! ```

use wasm_bindgen::prelude::*;

use super::convert::{
    both, install_panic_hook, json_of, problems_error, read_campaign_with_launch, to_js,
};
use crate::domain::advisor::{SuggestRequest, suggest};
use crate::domain::campaign::Campaign;
use crate::domain::error::Problem;

/// The delays that reach the most recipients by the deadline, beside the campaign's own figures.
/// Throws an `Error` listing every problem of `config` (paths as in `previewTimeline`), of
/// `options` (paths under `options`), and `launchAt` when the campaign has no launch time.
#[wasm_bindgen(js_name = suggestStrategy, unchecked_return_type = "Suggestion")]
pub fn suggest_strategy(
    #[wasm_bindgen(unchecked_param_type = "CampaignConfig")] config: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SuggestOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let campaign = read_campaign_with_launch(&config);
    let options = options
        .filter(|o| !o.is_undefined())
        .map_or(Ok(serde_json::Value::Null), |o| json_of(&o));
    let defaults = Campaign::sample();
    let for_defaults = campaign.as_ref().unwrap_or(&defaults);
    let request = options.and_then(|o| SuggestRequest::from_json(&o, "options", for_defaults));
    let suggestion = both(campaign, request)
        .and_then(|(campaign, request)| {
            suggest(&campaign, &request).map_err(|e| vec![Problem::new("launchAt", &e)])
        })
        .map_err(|p| problems_error("Invalid arguments", &p))?;
    Ok(to_js(&suggestion))
}
