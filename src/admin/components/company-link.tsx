import { Link } from "react-router-dom"

/** A row's company, linking to its page; a click on it opens the company, not the row. */
export const CompanyLink = ({ company }: { company: { id: string; name: string | null } }) => (
  <Link to={`/companies/${company.id}`} className="text-ui-fg-interactive" onClick={(e) => e.stopPropagation()}>
    {company.name ?? company.id}
  </Link>
)
