import { createContext, useContext } from "react";
import { langValue, type LangValue } from "./langValue";

export { langValue, type LangValue };

const LangContext = createContext<LangValue>(langValue("en"));
export const LangProvider = LangContext.Provider;
export const useLang = () => useContext(LangContext);
