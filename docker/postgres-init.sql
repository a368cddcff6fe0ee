-- Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d):
-- one database per subgraph, owned by POSTGRES_USER. Each subgraph migrates its own at start-up.
CREATE DATABASE tne_pedagogy;
CREATE DATABASE tne_finance;
CREATE DATABASE tne_parentality;
