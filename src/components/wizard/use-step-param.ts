// Which step of Edit API Key is open, in the URL (?step=access), so that a
// reload stays on it and the browser's Back from the access list returns to
// the information step instead of leaving the page. The page's other params
// are the table's (filter, sort, page: the Edit link carries them), for the
// way back to the table (tableSearchOf).
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { searchWithout } from "../../lib/search-without.ts";

const STEP_PARAM = "step";
const SECOND_STEP = "access";

/** History state of the second step when reached by Next: Back can simply go back. */
interface ByNext {
  byNext: true;
}

function withStep(current: URLSearchParams, value: string | null): URLSearchParams {
  const next = new URLSearchParams(current);
  if (value === null) next.delete(STEP_PARAM);
  else next.set(STEP_PARAM, value);
  return next;
}

function reachedByNext(state: unknown): boolean {
  return typeof state === "object" && state !== null && (state as Partial<ByNext>).byNext === true;
}

/** The query string without the step ("?…" or ""): the table's state, for the way back. */
export function tableSearchOf(params: URLSearchParams): string {
  return searchWithout(params, STEP_PARAM);
}

export function useStepParam() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const step = params.get(STEP_PARAM) === SECOND_STEP ? 1 : 0;

  return {
    step,
    /** Next: a history entry of its own, so the browser's Back returns to the first step. */
    forward() {
      // Kept: what the page was given on arrival (e.g. where to return), for a reload on this step.
      const state: ByNext = { ...(typeof location.state === "object" ? location.state : {}), byNext: true };
      setParams((current) => withStep(current, SECOND_STEP), { state });
    },
    /** The page's Back button: the browser's Back when Next led here, else (a reload, a link) replace. */
    back() {
      if (reachedByNext(location.state)) void navigate(-1);
      else setParams((current) => withStep(current, null), { replace: true });
    },
  };
}
