// A modal with a URL of its own (key details, Invite to Project) closes the
// same way everywhere: opened from its table, Back keeps history as it was;
// opened by URL (reload, shared link), it moves up to the table, with the
// table's query string (filter, sort, page), which the modal's URL carries.
import { useLocation, useNavigate } from "react-router";
import { openedFromTable } from "./route-state.ts";

export function useCloseModalRoute(): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  return () => {
    if (openedFromTable(location.state)) void navigate(-1);
    else void navigate({ pathname: "..", search: location.search }, { relative: "route" });
  };
}
