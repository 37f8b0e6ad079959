const nodeAppConfig = require('../../webpack.node-app');

module.exports = nodeAppConfig('api');
