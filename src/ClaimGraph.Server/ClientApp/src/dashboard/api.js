import { httpUrl } from '../shared/endpoints.js';

/** Runs a GraphQL operation over HTTP and returns its data; GraphQL errors become an Error. */
export async function gql(query, variables = {}) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const error = new Error(body.errors.map((e) => e.message).join('; '));
    error.graphQLErrors = body.errors;
    throw error;
  }
  return body.data;
}
