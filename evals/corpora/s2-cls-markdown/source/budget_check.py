F={ # fiche: {year: {funder: amt}}
'1.1':{2025:{'CC':36000,'ARS':24000},2026:{'CC':27000,'ARS':18000},2027:{'CC':27000,'ARS':18000}},
'1.2':{y:{'DEP':v} for y,v in zip((2025,2026,2027),(18000,24000,24000))},
'1.3':{2025:{'ARS':60000,'CC':25000,'MSA':10000},2026:{'ARS':40000,'CC':20000,'MSA':10000},2027:{'ARS':40000,'CC':20000,'MSA':10000}},
'2.1':{y:{'ARS':22000} for y in (2025,2026,2027)},
'2.2':{2025:{'CC':20000,'CPAM':10000},2026:{'CC':18000,'CPAM':10000},2027:{'CC':18000,'CPAM':10000}},
'2.3':{y:{'CPAM':v} for y,v in zip((2025,2026,2027),(12000,12000,15000))},
'3.1':{y:{'ARS':20000,'CC':20000} for y in (2025,2026,2027)},
'3.2':{y:{'ARS':v} for y,v in zip((2025,2026,2027),(15000,10000,10000))},
'4.1':{y:{'DEP':30000,'MSA':5000} for y in (2025,2026,2027)},
'4.2':{2025:{'ARS':12000,'CC':8000},2026:{'ARS':10000,'CC':8000},2027:{'ARS':10000,'CC':8000}},
'coord':{2025:{'ARS':26000,'CC':26000},2026:{'ARS':26500,'CC':26500},2027:{'ARS':27000,'CC':27000}},
}
import copy
def report(F):
    Y=(2025,2026,2027)
    for f,d in F.items():
        print(f,[sum(d.get(y,{}).values()) for y in Y], sum(sum(d.get(y,{}).values()) for y in Y))
    tot={}
    for f,d in F.items():
        for y,m in d.items():
            for k,v in m.items(): tot.setdefault(k,{}).setdefault(y,0); tot[k][y]+=v
    G=sum(v for k in tot for v in tot[k].values())
    for k in tot: t=sum(tot[k].values()); print(k,[tot[k].get(y,0) for y in Y],t, round(100*t/G,1))
    print('year',[sum(tot[k].get(y,0) for k in tot) for y in Y],G)
report(F)
G=copy.deepcopy(F)
G['1.3'][2025]={'ARS':80000,'CC':32500,'MSA':10000}
G['2.1'][2026]={'ARS':27000};G['2.1'][2027]={'ARS':27000}
G['4.3']={2026:{'DEP':9000,'MSA':5000},2027:{'DEP':9000,'MSA':5000}}
print('---avenant');report(G)
