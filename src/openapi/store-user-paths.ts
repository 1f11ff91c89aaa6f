import {
  StoreCreateCompanyUser,
  StoreListCompanyUsers,
  StoreUpdateCompanyUser,
} from "../api/store/leasing/users/validators"
import { EMPTY_PATCH_REFUSED, pageOf, requestBodyOf } from "./from-validators"
import { dataOf, jsonResponse, listOf, platformErrors, queryParam, ref, strictObject } from "./schema-helpers"
import { ANY, BODY, company, CREDENTIALS, pathId } from "./store-paths"

const id = pathId("The user's integer id (`number`), or its Medusa id.")
// NOT_FOUND: a path the request guard refuses (undecodable, a control character) before any route.

/** The company's users, as the leasing platform's `/users`. */
export const storeUserPaths = {
  "/store/leasing/users": {
    get: {
      operationId: "platformListUsers",
      tags: ["Company"],
      summary: "The company's users",
      security: company,
      parameters: [...pageOf(StoreListCompanyUsers), queryParam("role", ref("CompanyUserRole"))],
      responses: {
        "200": jsonResponse("One page of users", listOf(ref("CompanyUser"))),
        ...platformErrors([...ANY, ...CREDENTIALS]),
      },
    },
    post: {
      operationId: "platformCreateUser",
      tags: ["Company"],
      summary: "Add a user to the company (WRITE)",
      security: company,
      requestBody: requestBodyOf(StoreCreateCompanyUser),
      responses: {
        "201": jsonResponse("The new user", dataOf(ref("CompanyUser"))),
        ...platformErrors([...ANY, ...CREDENTIALS, ...BODY, "USER_EMAIL_CONFLICT"]),
      },
    },
  },
  "/store/leasing/users/{id}": {
    get: {
      operationId: "platformGetUser",
      tags: ["Company"],
      summary: "One user of the company",
      security: company,
      parameters: [id],
      responses: {
        "200": jsonResponse("The user", dataOf(ref("CompanyUser"))),
        ...platformErrors([...ANY, ...CREDENTIALS, "NOT_FOUND", "USER_NOT_FOUND"]),
      },
    },
    patch: {
      operationId: "platformUpdateUser",
      tags: ["Company"],
      summary: "Change a user's profile or role (WRITE); null clears a name",
      security: company,
      parameters: [id],
      requestBody: requestBodyOf(StoreUpdateCompanyUser, EMPTY_PATCH_REFUSED),
      responses: {
        "200": jsonResponse("The user", dataOf(ref("CompanyUser"))),
        ...platformErrors([
          ...ANY,
          ...CREDENTIALS,
          ...BODY,
          "EMPTY_PATCH_BODY",
          "NOT_FOUND",
          "USER_NOT_FOUND",
          "USER_EMAIL_CONFLICT",
          "USER_ROLE_UPDATE_FORBIDDEN",
        ]),
      },
    },
    delete: {
      operationId: "platformDeleteUser",
      tags: ["Company"],
      summary: "Remove a user (WRITE; a soft delete)",
      description:
        "Refused (409 USER_DELETE_BLOCKED) for the company's last ADMIN, the purchaser or signatory of an open cart, and a user who holds devices.",
      security: company,
      parameters: [id],
      responses: {
        "200": jsonResponse("Deleted", dataOf(strictObject({ id: { type: "integer" }, deleted: { const: true } }))),
        ...platformErrors([...ANY, ...CREDENTIALS, "NOT_FOUND", "USER_NOT_FOUND", "USER_DELETE_BLOCKED"]),
      },
    },
  },
}
