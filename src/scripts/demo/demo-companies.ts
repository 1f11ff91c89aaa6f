import { ApiTokenScope, CompanyUserRole } from "../../modules/company/constants"

type DemoCompany = {
  key: string
  name: string
  email: string
  country_code: string
  users: { first_name: string; last_name: string; email: string; role: CompanyUserRole }[]
  /** The first one is the default. */
  addresses: {
    label: string
    address_1: string
    city: string
    postal_code: string
    country_code: string
    company: string
  }[]
}

/** Two client companies of the demo leasing business, in two regions. */
export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: "acme",
    name: "Acme Robotics SAS",
    email: "it@acme-robotics.test",
    country_code: "FR",
    users: [
      { first_name: "Camille", last_name: "Martin", email: "camille.martin@acme-robotics.test", role: "ADMIN" },
      { first_name: "Hugo", last_name: "Bernard", email: "hugo.bernard@acme-robotics.test", role: "EMPLOYEE" },
      { first_name: "Léa", last_name: "Dubois", email: "lea.dubois@acme-robotics.test", role: "EMPLOYEE" },
    ],
    addresses: [
      {
        label: "Lyon HQ",
        company: "Acme Robotics SAS",
        address_1: "12 Rue de la République",
        city: "Lyon",
        postal_code: "69002",
        country_code: "FR",
      },
      {
        label: "Paris office",
        company: "Acme Robotics SAS",
        address_1: "8 Rue de Rivoli",
        city: "Paris",
        postal_code: "75004",
        country_code: "FR",
      },
      {
        label: "Berlin office",
        company: "Acme Robotics GmbH",
        address_1: "Friedrichstraße 43",
        city: "Berlin",
        postal_code: "10117",
        country_code: "DE",
      },
    ],
  },
  {
    key: "helvetia",
    name: "Helvetia Analytics AG",
    email: "it@helvetia-analytics.test",
    country_code: "CH",
    users: [
      { first_name: "Lukas", last_name: "Meier", email: "lukas.meier@helvetia-analytics.test", role: "ADMIN" },
      { first_name: "Sara", last_name: "Keller", email: "sara.keller@helvetia-analytics.test", role: "EMPLOYEE" },
    ],
    addresses: [
      {
        label: "Zürich HQ",
        company: "Helvetia Analytics AG",
        address_1: "Bahnhofstrasse 10",
        city: "Zürich",
        postal_code: "8001",
        country_code: "CH",
      },
      {
        label: "Geneva office",
        company: "Helvetia Analytics AG",
        address_1: "Rue du Rhône 20",
        city: "Genève",
        postal_code: "1204",
        country_code: "CH",
      },
    ],
  },
]

export const DEMO_TOKEN_SCOPES: ApiTokenScope[] = ["WRITE", "READ"]

/** DEMO ONLY: the public string each demo token's secret is derived from (see demoApiTokenSecret). */
export const demoTokenSeed = (companyKey: string, scope: ApiTokenScope) => `${companyKey}/${scope}`
