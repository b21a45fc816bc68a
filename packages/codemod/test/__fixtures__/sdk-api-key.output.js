const { OptimoCMS } = require('@optimocms/sdk')
const Client = OptimoCMS

// Plain JavaScript gets no `!`.
const cms = new Client({ apiKey: process.env.OPTIMOCMS_API_KEY })

module.exports = { cms }
