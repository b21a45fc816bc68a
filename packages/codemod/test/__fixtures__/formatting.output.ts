import {OptimoCMS} from "@optimocms/sdk"
/**
 * Odd formatting stays odd: only the literal changes.
 */
export const cms   =   new OptimoCMS( {apiKey:process.env.OPTIMOCMS_API_KEY!    ,   // trailing comment
    retries :  2} )
const  other = {  a :1,b:  "two"  }   ;
export default   other
