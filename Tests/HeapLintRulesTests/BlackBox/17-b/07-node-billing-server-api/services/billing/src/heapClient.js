'use strict'
const axios = require('axios')

const APP_ID = process.env.HEAP_APP_ID

const heapHttp = axios.create({
  baseURL: 'https://heapanalytics.com/api',
  timeout: 5000,
  headers: { 'Content-Type': 'application/json' },
})

module.exports = { heapHttp, APP_ID }
