import IncidentsPage from "./incidents/page";

export { metadata } from "./incidents/page";

/** Until the map and timeline overview exists, the home page is the incident list. */
export default IncidentsPage;
