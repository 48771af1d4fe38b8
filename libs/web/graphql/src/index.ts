export * from './gql/graphql';
export { createApolloClient, type AccessTokenSource } from './apollo/create-apollo-client';
export { sessionOperationContext } from './apollo/operation-context';
export {
  errorCodesOf,
  fieldErrorsOf,
  graphQLErrorsOf,
  hasErrorCode,
  isUnauthenticatedError,
  type ApiErrorCode,
} from './errors/graphql-errors';
