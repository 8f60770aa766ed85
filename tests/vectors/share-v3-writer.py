# An independent writer of share format version 3, written from docs/share-format.md and
# not from core/share/: share-v3.json's fragments came from it, so the vectors check the C++
# against the specification rather than against itself. Reads one input document per line:
#   python3 tests/vectors/share-v3-writer.py <<< '{"users": 1, "commitment": {"from_month": 6}}'
import base64, json, sys
from decimal import Decimal
def varint(n):
    out=bytearray()
    while True:
        b=n&0x7f; n>>=7
        if n: out.append(b|0x80)
        else: out.append(b); return bytes(out)
def number(x):
    d=Decimal(repr(float(x))) if not isinstance(x,int) else Decimal(x)
    if d == 0: return varint(14)  # 0 is written with e 0, as rightsize writes it
    neg = d<0; d=abs(d)
    # largest e in -7..7 with m integer
    for e in range(7,-8,-1):
        m = d / (Decimal(10)**e)
        if m == m.to_integral_value():
            m=int(m); c=(e+7)*2+(1 if neg else 0)
            return varint(m<<5|c)
    raise Exception('double')
def text(s): b=s.encode(); return varint(len(b))+b
def name(lst,s): 
    if s in lst: return varint(lst.index(s)+1)
    return varint(0)+text(s)
CUR=[('code','text',None),('per_usd','num',None),('drift_pct_per_year','num',None),('spread_pct','num',None)]
COMMIT=[('from_month','num',None)]
SERV=[('database','name',['neon']),('cache','name',['upstash'])]
PROV=["aws-us-east-1","aws-af-south-1","digitalocean-nyc1"]
GROWTH=[('monthly_pct','num',None)]
INPUT=[('users','num',None),('current_stage','num',None)]+[(k,'num',None) for k in ['app_cpu_pct','db_cpu_pct','db_query_ms','p95_ms']]+[(k,'flag',None) for k in ['pool_exhausted','repeated_reads','slow_changing_data','db_upgraded','at_max_instance','needs_redundancy']]+[('months','num',None),('provider','name',PROV),('growth','obj',GROWTH),('assumptions','skip',None),('budget_cents','num',None),('uncertainty','obj',[('paths','num',None),('seed','num',None),('growth_sd_pct','num',None)]),('currency','obj',CUR),('cache_engine','name',["redis-oss","valkey","redis-on-droplet"]),('budget_display_cents','num',None),('commitment','obj',COMMIT),('services','obj',SERV)]
def obj(doc,table):
    bits=0; vals=b''
    for i,(k,kind,sub) in enumerate(table):
        if k not in doc or doc[k] is None: continue
        v=doc[k]
        if kind=='flag':
            if v: bits|=1<<i
            continue
        bits|=1<<i
        if kind=='num': vals+=number(v)
        elif kind=='text': vals+=text(v)
        elif kind=='name': vals+=name(sub,v)
        elif kind=='obj': vals+=obj(v,sub)
        else: raise Exception(k)
    return varint(bits)+vals
def crc16(data):
    crc=0xFFFF
    for b in data:
        crc^=b<<8
        for _ in range(8):
            crc=((crc<<1)^0x1021)&0xFFFF if crc&0x8000 else (crc<<1)&0xFFFF
    return crc^0xFFFF
def frag(doc,version='3'):
    p=obj(doc,INPUT)
    c=crc16(version.encode()+p)
    return version+base64.urlsafe_b64encode(p+bytes([c>>8,c&0xff])).decode().rstrip('=')
assert crc16(b'123456789')==0xD64E
assert frag({"users":100},'1')=='1ATLk1g'
assert frag({"users":1,"cache_engine":"valkey"},'2')=='2gYAgLgKD9w'
for line in sys.stdin:
    if line.strip(): d=json.loads(line); print(json.dumps(d), frag(d))
