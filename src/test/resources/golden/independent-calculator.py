# Independent calculator for the golden tables (not the Java engine).
from decimal import Decimal as D
import json
areas = {  # code: (weight, cap, fundable, {domain: points by level})
 "CL": (D(4), D(16), True, {"CL1":[0,1,2,3,4], "CL2":[0,1,2,3,4]}),
 "CI": (D(3), None, True, {"CI1":[0,1,2,3,4], "CI2":[0,1,2,3,4]}),
 "SEMH": (D(2), None, True, {"SEMH1":[0,1,2,4,6], "SEMH2":[0,1,2,4,6]}),
 "SP": (D(2), None, True, {"SP1":[0,1,2,3,4], "SP2":[0,1,2,3,4], "SP3":[0,1,2,3,4]}),
 "IS": (D("1.5"), None, True, {"IS1":[0,1,2,3,4], "IS2":[0,1,2,3,4]}),
 "SB": (D(1), None, False, {"SB1":[0,1,2,3,4]}),
}
bands = {
 "MAINSTREAM": [("Local offer",0,9,"0.00"),("1",10,14,"1500.00"),("2",15,19,"3000.00"),("3",20,29,"5300.00"),("4",30,39,"8200.00"),("5",40,49,"11750.00"),("6",50,59,"15600.00")],
 "RESOURCED_PROVISION": [("Local offer",0,9,"0.00"),("R1",10,19,"4000.00"),("R2",20,29,"7500.00"),("R3",30,39,"11000.00"),("R4",40,49,"14800.00"),("R5",50,59,"18900.00"),("R6",60,69,"23400.00")],
 "SPECIAL": [("Local offer",0,14,"0.00"),("S1",15,24,"9800.00"),("S2",25,34,"13500.00"),("S3",35,44,"17900.00"),("S4",45,54,"22600.00"),("S5",55,64,"28400.00"),("S6",65,74,"34900.00"),("S7",75,84,"41200.00")],
}
def total(levels):
  t = D(0)
  for code,(w,cap,fund,doms) in areas.items():
    raw = sum(D(pts[levels.get(d,0)]) for d,pts in doms.items())
    s = raw*w
    if cap is not None and s > cap: s = cap
    if fund: t += s
  return t
def band(t, cat):
  rows = bands[cat]
  if t < rows[0][1]: return ("", "0.00", "false")
  if t > rows[-1][2]: return ("", "", "true")
  chosen = None
  for r in rows:
    if t >= r[1]: chosen = r
  return (chosen[0], chosen[3], "false")
def fmt(t):
  s = format(t.normalize(), 'f')
  return s
import sys
cases = [l.strip() for l in open(sys.argv[1]) if l.strip()]
print("levels,category,total,band,annualAmount,exceptional")
for c in cases:
  lv, cat = c.split(" ")
  levels = {} if lv == "-" else {k:int(v) for k,v in (p.split("=") for p in lv.split(";"))}
  t = total(levels)
  b = band(t, cat)
  print(f"{'' if lv=='-' else lv},{cat},{fmt(t)},{b[0]},{b[1]},{b[2]}")
