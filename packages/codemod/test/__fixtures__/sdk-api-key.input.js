const { OptimoCMS } = require('@optimocms/sdk')
const Client = OptimoCMS

// Plain JavaScript gets no `!`.
const cms = new Client({ apiKey: 'optimo_live_Q1w2E3r4T5y6U7i8' })

module.exports = { cms }
