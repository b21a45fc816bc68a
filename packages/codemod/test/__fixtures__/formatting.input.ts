import {OptimoCMS} from "@optimocms/sdk"
/**
 * Odd formatting stays odd: only the literal changes.
 */
export const cms   =   new OptimoCMS( {apiKey:"optimo_live_Q1w2E3r4T5y6U7i8"    ,   // trailing comment
    retries :  2} )
const  other = {  a :1,b:  "two"  }   ;
export default   other
