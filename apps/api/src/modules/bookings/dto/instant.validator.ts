export { instantOf, IsInstant } from '../../../common/http/instant';
