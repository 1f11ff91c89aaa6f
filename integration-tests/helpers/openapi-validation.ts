import { OpenApiValidator } from "./openapi-validator"

let validator: OpenApiValidator | undefined

type AxiosLike = {
  defaults: { baseURL?: string }
  interceptors: { response: { use: (ok: (r: any) => any, fail: (e: any) => any) => number } }
}

function pathOf(api: AxiosLike, url: string | undefined) {
  const full = new URL(url ?? "", api.defaults.baseURL ?? "http://localhost")
  return full.pathname
}

/**
 * Makes every response of a documented route prove the OpenAPI document: a body that does not
 * match its route and status, or a status the document does not list, fails the request
 * (the promise rejects with the list of mismatches) and is remembered for `afterEach`, so a
 * test that swallows the rejection still fails. Undocumented routes (Medusa's own) pass through.
 * Call it at the top of `testSuite` (the test runner's `api` exists once the app has started).
 */
export function useOpenApiValidation(api: AxiosLike) {
  const mismatches: string[] = []
  beforeAll(() => installInterceptor(api, mismatches))
  afterEach(() => {
    const found = mismatches.splice(0)
    if (found.length) throw new Error(`Responses did not match the OpenAPI document:\n${found.join("\n")}`)
  })
}

function installInterceptor(api: AxiosLike, mismatches: string[]) {
  validator ??= new OpenApiValidator()
  const inspect = (response: any) => {
    if (!response?.config) return []
    const problems = validator!.check(
      response.config.method ?? "get",
      pathOf(api, response.config.url),
      response.status,
      response.data
    )
    mismatches.push(...problems)
    return problems
  }
  api.interceptors.response.use(
    (response) => {
      const problems = inspect(response)
      if (problems.length) throw new Error(`Response does not match the OpenAPI document:\n${problems.join("\n")}`)
      return response
    },
    (error) => {
      const problems = error?.response ? inspect(error.response) : []
      if (problems.length)
        throw new Error(`Error response does not match the OpenAPI document:\n${problems.join("\n")}`)
      // An unexpected HTTP error must reach jest as a readable failure: axios errors hold
      // circular request objects that crash jest's worker when it reports them.
      if (error?.response) {
        error.request = undefined
        error.response.request = undefined
        error.message = `${error.message}: ${JSON.stringify(error.response.data)}`
      }
      throw error
    }
  )
}
