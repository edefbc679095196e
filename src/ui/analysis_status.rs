//! One line under the loading tools: "Analysing…" with a progress bar while the analysis runs,
//! then how long it took, or that it could not run.

use crate::engine::gate::size;
use crate::util::decimal::fixed;
use yew::prelude::*;

/// Properties of [`AnalysisStatus`].
#[derive(Properties, PartialEq)]
pub struct AnalysisStatusProps {
    /// An analysis of the current workspace is running.
    pub pending: bool,
    /// The analysis of the current workspace could not run (the message says why).
    #[prop_or_default]
    pub failed: bool,
    /// Number of articles in the workspace.
    pub articles: usize,
    /// Bytes of text in the workspace.
    pub bytes: usize,
    /// How long the shown analysis took (ms).
    pub ms: f64,
    /// The shown analysis ran in the worker.
    pub in_worker: bool,
    /// The shown analysis is the sample's, made when the app was built.
    #[prop_or_default]
    pub ready_made: bool,
    /// An analysis has finished at least once.
    pub ready: bool,
}

/// Progress while analysing; the time taken afterwards (announced politely).
#[component]
pub fn AnalysisStatus(props: &AnalysisStatusProps) -> Html {
    let body = if props.pending {
        html! {
            <>
                <progress class="analysis-progress" aria-label="Analysing the articles"></progress>
                <span>{ format!("Analysing {} articles ({}) in the background… the page stays usable.", props.articles, size(props.bytes)) }</span>
            </>
        }
    } else if props.failed {
        html! {
            <span class="analysis-failed">
                { "Not analysed: the analysis could not run (see the message above); a change to the articles tries again." }
            </span>
        }
    } else if props.ready && props.ready_made {
        html! {
            <span class="analysis-done" data-ms="0">
                { format!("Analysed {} articles when Parallax was built (the sample, unchanged).", props.articles) }
            </span>
        }
    } else if props.ready {
        let place = if props.in_worker { " in the background" } else { "" };
        html! {
            <span class="analysis-done" data-ms={fixed(props.ms, 1)}>
                { format!("Analysed {} {}{place} in {} ms.", props.articles, if props.articles == 1 { "article" } else { "articles" }, fixed(props.ms.round(), 0)) }
            </span>
        }
    } else {
        html! {}
    };
    html! { <p class="analysis-status" role="status" aria-live="polite">{ body }</p> }
}
