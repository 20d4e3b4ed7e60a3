import ArgumentMap
import Screen
