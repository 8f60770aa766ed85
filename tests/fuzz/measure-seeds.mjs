// The measure fuzzers' seeds, written at build time rather than committed: a few lines of
// each format the readers know (nginx, Apache, JSON lines, a custom duration field, Grafana
// and CloudWatch CSV, sar, pg_stat_statements of PostgreSQL 12 and 13+), with the quirks
// they must survive (quoted quotes, CRLF, a cut-off last line, garbage between formats).
// The first byte of every seed is the fuzzer's control byte (tests/fuzz/fuzz_measure.hpp):
// the format it forces, the chunk size, and (0x80) a `took:us` duration field.
const lines = (n, line) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
const nginx = (i) =>
  `203.0.113.${i} - - [15/Jan/2024:10:0${i}:01 +0000] "GET /a?b=${i} HTTP/1.1" 200 ${512 * i} "-" "curl/8.0" 0.0${17 + 10 * i}`;
const apache = (i) =>
  `198.51.100.${i} - frank [15/Jan/2024:11:0${i}:01 -0700] "POST /login HTTP/1.1" 302 ${i ? 100 * i : '-'} "https://example.com/" "Mozilla/5.0 \\"x\\"" ${8700 * i}`;
const jsonLine = (i) =>
  `{"time": "2024-01-15T10:0${i}:00.5Z", "status": 200, "body_bytes_sent": "${100 * i}", "request_time": "0.0${String(17 * i).padStart(2, '0')}", "h": {"a": [1, null]}}`;

const seed = (control, text) => Buffer.concat([Buffer.from([control]), Buffer.from(text)]);

export const measureSeeds = {
  access_log: {
    'nginx.txt': seed(0x00, `${lines(5, nginx)}\n`),
    'apache.txt': seed(0x10, lines(5, apache)),
    'jsonl.txt': seed(0x03, lines(5, jsonLine)),
    'mixed.txt': seed(0x21, `${lines(3, nginx)}\r\n${lines(5, apache)}\ngarbage\n${nginx(0).slice(0, 38)}`),
    'took.txt': seed(
      0x83,
      '{"ts": 1705312800.5, "took": 120}\n{"@timestamp": "2024-01-15T11:20:00+01:00", "took": 80, "bytes": 10}\n',
    ),
  },
  cpu_series: {
    'cloudwatch.csv': seed(
      0x19,
      'Timestamp;CPUUtilization\n2024-01-15T10:05:00.000Z;12.5\n2024-01-15T10:00:00.000Z;80\n1705316400000;50\n',
    ),
    'grafana.csv': seed(
      0x00,
      'sep=,\n"Time","web-1 CPU"\n2024-01-15 10:00:00,40.5\n2024-01-15 10:30:00,45.5%\n2024-01-15 11:00:00,\n\n"Time","web-2"\n2024-01-15 10:00:00,99\n',
    ),
    'sar.txt': seed(
      0x02,
      [
        'Linux 6.1.0-13-amd64 (db-1) \t01/15/2024 \t_x86_64_\t(2 CPU)',
        '',
        '11:50:01 PM     CPU     %user     %nice   %system   %iowait    %steal     %idle',
        '11:55:01 PM     all     20.00      0.00      5.00      0.00      0.00     75.00',
        '12:05:01 AM     all     50.00      0.00      5.00      0.00      0.00     45.00',
        '12:05:01 AM       0     50.00      0.00      5.00      0.00      0.00     45.00',
        '',
        '12:10:01 AM       LINUX RESTART      (2 CPU)',
        'Average:        all     43.33      0.00      5.00      0.00      0.00     51.67',
        '',
      ].join('\n'),
    ),
  },
  query_stats: {
    'pg12.csv': seed(
      0x09,
      'userid,dbid,queryid,query,calls,total_time,min_time,max_time,mean_time,stddev_time,rows\n10,1,1,"SELECT 1",4,8,1,3,2,0.5,4\n',
    ),
    'pg13.csv': seed(
      0x00,
      [
        'userid,dbid,toplevel,queryid,query,plans,total_plan_time,calls,total_exec_time,min_exec_time,max_exec_time,mean_exec_time,stddev_exec_time,rows',
        '10,16384,t,1,"SELECT * FROM users WHERE id = $1",0,0,9000,18000,0.1,20,2,1,9000',
        '10,16384,t,2,"/* x */ select a,\n  b from items where x = $1",0,0,500,5000,1,30,10,2,500',
        '10,16384,t,3,"UPDATE items SET ""name"" = $1, b = $2",0,0,500,25000,1,300,50,5,500',
        '',
      ].join('\n'),
    ),
  },
  json_line: {
    'nested.json': Buffer.from('{"a": 1, "b": [1, {"c": "d\\u00e9"}], "e": -0.5e3, "f": true, "g": null}'),
    'access-line.json': Buffer.from(jsonLine(3)),
  },
};
