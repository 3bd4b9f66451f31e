/** Where office-addin-dev-certs keeps the development CA and localhost certificate. */
const os = require("os");
const path = require("path");

const directory = path.join(os.homedir(), ".office-addin-dev-certs");
const devCertificatePaths = {
  directory,
  ca: path.join(directory, "ca.crt"),
  cert: path.join(directory, "localhost.crt"),
  key: path.join(directory, "localhost.key"),
};

module.exports = { devCertificatePaths };
